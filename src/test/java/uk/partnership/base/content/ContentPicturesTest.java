package uk.partnership.base.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import uk.partnership.base.images.TestPictures;
import uk.partnership.support.DemoContent;

/**
 * Issue 20: news posts and programme pages have a picture exactly as events do, through the same form field and
 * checks (refusals by the file field with the rest kept, alt text or decorative, pupils' consent, the upload kept
 * while another field is put right, replace and remove), shown on the article, the news list, the home page, "What
 * we do" and the programme's page, and offered to link previews.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContentPicturesTest {

    /** The two kinds of item, by their coordinator's form and table. */
    enum Kind {
        NEWS("/admin/news", "news_post", "/news/"),
        PROGRAMME("/admin/programmes", "programme_page", "/programmes/");

        final String admin;
        final String table;
        final String publicPath;

        Kind(String admin, String table, String publicPath) {
            this.admin = admin;
            this.table = table;
            this.publicPath = publicPath;
        }
    }

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    private Cookie coordinator;

    @Autowired
    ContentPicturesTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        coordinator = mvc.perform(post("/login").with(csrf()).param("email", "jessica.burns@ox14.example.org")
                        .param("password", "coordinator demo walnut"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void bothFormsTakeAPictureAsTheEventFormDoes() throws Exception {
        for (Kind kind : Kind.values()) {
            Document page = page(get(kind.admin + "/new").cookie(coordinator), 200);
            assertThat(page.select("form[action='" + kind.admin + "']").attr("enctype")).as(kind.name())
                    .isEqualTo("multipart/form-data");
            assertThat(page.select("input#pictureFile").attr("accept")).isEqualTo("image/jpeg,image/png,image/webp");
            assertThat(page.select("input#pictureAlt")).hasSize(1);
            assertThat(page.select("input#pictureDecorative")).hasSize(1);
            assertThat(page.select("input#picturePupils")).hasSize(1);
            assertThat(page.select("input#pictureConsent")).hasSize(1);
        }
    }

    @Test
    void aNewsPostsPictureIsOnItsArticleTheNewsListAndTheHomePage() throws Exception {
        String title = unique("Pictured news");
        // With a summary, as other tests of the same database expect of the latest post (SharingTagsTest).
        mvc.perform(created(Kind.NEWS, Map.of("title", title, "summary", "The choir sang.", "pictureAlt",
                        "The choir on stage", "action", "publish"),
                        file("choir.jpg", TestPictures.jpeg(2000, 1000))))
                .andExpect(status().is3xxRedirection());
        String slug = slugOf(Kind.NEWS, title);

        Document article = page(get("/news/" + slug), 200);
        Element img = article.selectFirst("article img.page-picture");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("The choir on stage");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("srcset")).matches("/images/[0-9a-f]{32}-400\\.jpg 400w, /images/[0-9a-f]{32}-800\\.jpg "
                + "800w, /images/[0-9a-f]{32}-1600\\.jpg 1600w");
        // At the top of the article: loaded at once, not lazily.
        assertThat(img.hasAttr("loading")).isFalse();
        assertThat(article.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:8080" + img.attr("src").replace("-800.jpg", "-1600.jpg"));
        assertThat(article.select("meta[property=og:image:alt]").attr("content")).isEqualTo("The choir on stage");
        assertThat(article.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        mvc.perform(get(img.attr("src"))).andExpect(status().isOk());

        for (String list : new String[] {"/news", "/"}) {
            Element card = card(page(get(list), 200), "article.news-card", title);
            assertThat(card.hasClass("news-card--picture")).as(list).isTrue();
            Element small = card.selectFirst("img.news-card__picture");
            assertThat(small).as(list).isNotNull();
            assertThat(small.attr("src")).endsWith("-400.jpg");
            assertThat(small.attr("loading")).isEqualTo("lazy");
            assertThat(small.attr("alt")).isEmpty();
            assertThat(small.attr("width")).isEqualTo("400");
            assertThat(small.attr("height")).isEqualTo("200");
        }

        long id = idOf(Kind.NEWS, title);
        assertThat(jdbc.sql("select changes::text from audit_entry where item_type = 'news' and item_id = :id "
                        + "and action = 'created'").param("id", id).query(String.class).single())
                .contains("picture").contains("The choir on stage");
    }

    @Test
    void aProgrammePagesPictureIsOnItsPageAndUnderWhatWeDo() throws Exception {
        String title = unique("Pictured strand");
        mvc.perform(created(Kind.PROGRAMME, Map.of("title", title, "pictureDecorative", "true", "action", "publish"),
                        file("pattern.png", TestPictures.png(500, 300))))
                .andExpect(status().is3xxRedirection());
        String slug = slugOf(Kind.PROGRAMME, title);

        Document page = page(get("/programmes/" + slug), 200);
        Element img = page.selectFirst("img.page-picture");
        assertThat(img).isNotNull();
        // Decorative: an empty alt, and no alt text offered to link previews.
        assertThat(img.hasAttr("alt")).isTrue();
        assertThat(img.attr("alt")).isEmpty();
        assertThat(img.attr("width")).isEqualTo("500");
        assertThat(img.attr("height")).isEqualTo("300");
        assertThat(page.select("meta[property=og:image]").attr("content")).matches("http://localhost:8080/images/"
                + "[0-9a-f]{32}-500\\.jpg");
        assertThat(page.select("meta[property=og:image:alt]")).isEmpty();

        Element card = card(page(get("/programmes"), 200), "li.programme-card", title);
        assertThat(card.hasClass("programme-card--picture")).isTrue();
        assertThat(card.select("img.programme-card__picture").attr("loading")).isEqualTo("lazy");
        assertThat(card.select("img.programme-card__picture").attr("src")).endsWith("-400.jpg");
    }

    @Test
    void eachBadUploadIsRefusedByTheFileFieldWithTheRestKept() throws Exception {
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("setup.jpg", TestPictures.executable());
        uploads.put("logo.png", TestPictures.svgWithScript());
        uploads.put("cut.jpg", TestPictures.truncatedJpeg());
        uploads.put("empty.jpg", new byte[0]);
        uploads.put("huge.png", TestPictures.pngHeader(8000, 7500));
        for (Kind kind : Kind.values()) {
            for (var upload : uploads.entrySet()) {
                String title = unique("Refused " + upload.getKey());
                Document page = page(created(kind, Map.of("title", title, "summary", "Kept summary",
                        "pictureAlt", "A picture"), file(upload.getKey(), upload.getValue())), 400);
                String what = kind + " " + upload.getKey();
                assertThat(page.select("#pictureFile-error").text()).as(what)
                        .startsWith("Error: The").endsWith("Choose the picture again.");
                assertThat(page.select(".error-summary a[href='#pictureFile']")).as(what).hasSize(1);
                assertThat(page.title()).as(what).startsWith("Error: ");
                assertThat(page.select("input#title").val()).as(what).isEqualTo(title);
                assertThat(page.select("textarea#summary").text()).as(what).isEqualTo("Kept summary");
                assertThat(page.select("input#pictureAlt").val()).as(what).isEqualTo("A picture");
                assertThat(count(kind, title)).as(what).isZero();
            }
        }
    }

    /** "Preview" with a bad upload shows the same error as "Save", with the same 400 (it answered 200). */
    @Test
    void aBadUploadIsRefusedInAPreviewAsWhenSaved() throws Exception {
        for (Kind kind : Kind.values()) {
            String title = unique("Preview refused " + kind);
            Document page = page(created(kind, Map.of("title", title, "action", "preview"),
                    file("setup.jpg", TestPictures.executable())), 400);
            assertThat(page.select("#pictureFile-error").text()).as(kind.name())
                    .startsWith("Error: The file is not a JPEG, PNG or WebP picture");
            assertThat(page.select("input#title").val()).as(kind.name()).isEqualTo(title);
            assertThat(count(kind, title)).as(kind.name()).isZero();
        }
    }

    @Test
    void altTextIsRequiredTheUploadIsKeptMeanwhileAndPupilsNeedTheConsent() throws Exception {
        for (Kind kind : Kind.values()) {
            String title = unique("No alt " + kind);
            Document page = page(created(kind, Map.of("title", title, "picturePupils", "true"),
                    file("photo.jpg", TestPictures.jpeg(800, 600))), 400);
            assertThat(page.select("#pictureAlt-error").text()).as(kind.name())
                    .isEqualTo("Error: Describe the picture, or tick \"This picture is decorative\".");
            assertThat(page.select("#pictureConsent-error").text()).startsWith("Error: Confirm that the schools' photo "
                    + "consent covers everyone in the picture");
            String kept = page.select("input[name=picture]").val();
            assertThat(kept).matches("[0-9a-f]{32}");
            assertThat(page.select(".picture-chosen img").attr("src")).isEqualTo("/images/" + kept + "-400.jpg");
            assertThat(count(kind, title)).isZero();

            // Sent again without a file, with the alt text and the consent: the picture chosen before is saved.
            mvc.perform(created(kind, Map.of("title", title, "picture", kept, "pictureAlt", "Year 9 in the lab",
                    "picturePupils", "true", "pictureConsent", "true"), null)).andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("select image_hash || ' ' || image_alt || ' ' || image_pupils from " + kind.table
                    + " where title = :title").param("title", title).query(String.class).single())
                    .isEqualTo(kept + " Year 9 in the lab true");
        }
    }

    @Test
    void aPictureIsReplacedAndRemovedFromTheEditForm() throws Exception {
        for (Kind kind : Kind.values()) {
            String title = unique("Replaced " + kind);
            String location = mvc.perform(created(kind, Map.of("title", title, "pictureAlt", "First"),
                            file("one.jpg", TestPictures.jpeg(600, 400))))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            String first = pictureOf(kind, title);
            // The edit form shows the picture chosen, with its alt text.
            Document form = page(get(location).cookie(coordinator), 200);
            assertThat(form.select("input[name=picture]").val()).isEqualTo(first);
            assertThat(form.select("input#pictureAlt").val()).isEqualTo("First");

            mvc.perform(sent(location, location, Map.of("pictureAlt", "Second"), file("two.png",
                    TestPictures.png(640, 480)))).andExpect(status().is3xxRedirection());
            String second = pictureOf(kind, title);
            assertThat(second).as(kind.name()).isNotEqualTo(first).matches("[0-9a-f]{32}");

            mvc.perform(sent(location, location, Map.of("pictureRemove", "true"), null))
                    .andExpect(status().is3xxRedirection());
            assertThat(pictureOf(kind, title)).as(kind.name()).isNull();
        }
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("pictureUpload", name, "image/jpeg", bytes);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Element card(Document page, String selector, String title) {
        return page.select(selector).stream().filter(card -> card.text().contains(title)).findFirst().orElseThrow(
                () -> new AssertionError("no card for " + title));
    }

    private String slugOf(Kind kind, String title) {
        return jdbc.sql("select slug from " + kind.table + " where title = :title").param("title", title)
                .query(String.class).single();
    }

    private long idOf(Kind kind, String title) {
        return jdbc.sql("select id from " + kind.table + " where title = :title").param("title", title)
                .query(Long.class).single();
    }

    private long count(Kind kind, String title) {
        return jdbc.sql("select count(*) from " + kind.table + " where title = :title").param("title", title)
                .query(Long.class).single();
    }

    private String pictureOf(Kind kind, String title) {
        return jdbc.sql("select image_hash from " + kind.table + " where title = :title").param("title", title)
                .query(String.class).optional().orElse(null);
    }

    private RequestBuilder created(Kind kind, Map<String, String> changes, MockMultipartFile upload) throws Exception {
        return sent(kind.admin + "/new", kind.admin, changes, upload);
    }

    /** The form at {@code page} sent as a browser sends it, multipart, with {@code changes} typed over it. */
    private RequestBuilder sent(String page, String action, Map<String, String> changes, MockMultipartFile upload)
            throws Exception {
        Document form = page(get(page).cookie(coordinator), 200);
        FormElement element = (FormElement) form.selectFirst("form[action='" + action + "']");
        MockMultipartHttpServletRequestBuilder request = multipart(action);
        request.file(upload != null ? upload : new MockMultipartFile("pictureUpload", "", "application/octet-stream",
                new byte[0]));
        request.with(csrf()).cookie(coordinator);
        for (var field : element.formData()) {
            if (!field.key().equals("_csrf") && !field.key().equals("pictureUpload")
                    && !changes.containsKey(field.key())) {
                request.param(field.key(), field.value());
            }
        }
        changes.forEach(request::param);
        if (!changes.containsKey("action")) {
            request.param("action", "save");
        }
        return request;
    }

    private Document page(RequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
