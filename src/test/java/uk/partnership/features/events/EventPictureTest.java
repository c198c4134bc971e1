package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import uk.partnership.base.images.TestPictures;
import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;

/**
 * An event's picture (issue 20), through the coordinator's form sent as a browser sends it (multipart, every field
 * of the page): refusals by the file field with the rest kept, alt text or "decorative", the pupils' consent, a
 * picture kept while another field is put right, removal, the audit entry, the public page and how images are served.
 */
// The context of EventAdminTest and EventFormTest (page cache on, StatementCounter), started once for all three.
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class EventPictureTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final PageCache pageCache;
    private final JdbcClient jdbc;

    private Cookie coordinator;

    @Autowired
    EventPictureTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.pageCache = pageCache;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        PageCaching.awaitListening(pageCache);
        coordinator = mvc.perform(post("/login").with(csrf()).param("email", "jessica.burns@ox14.example.org")
                        .param("password", "coordinator demo walnut"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theFormIsMultipart() throws Exception {
        Document page = page(get("/admin/events/new").cookie(coordinator), 200);
        assertThat(page.select("form[action='/admin/events']").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("input#pictureFile").attr("accept")).isEqualTo("image/jpeg,image/png,image/webp");
    }

    @Test
    void aPictureWithAltTextIsShownOnThePublicPageAndServedImmutable() throws Exception {
        String title = unique("Pictured");
        // Tomorrow, so that its card is on the first page of the upcoming list.
        String location = mvc.perform(filled(Map.of("title", title, "pictureAlt", "Pupils on a stage", "action",
                        "publish", "startDate", LocalDate.now().plusDays(1).toString()),
                        file("stage.jpg", TestPictures.jpeg(2000, 1000))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String slug = jdbc.sql("select slug from event where title = :title").param("title", title)
                .query(String.class).single();

        Document page = page(get("/events/" + slug), 200);
        var img = page.selectFirst("img.event-picture");
        assertThat(img).isNotNull();
        assertThat(img.attr("alt")).isEqualTo("Pupils on a stage");
        assertThat(img.attr("width")).isEqualTo("1600");
        assertThat(img.attr("height")).isEqualTo("800");
        assertThat(img.attr("srcset")).matches("/images/[0-9a-f]{32}-400\\.jpg 400w, /images/[0-9a-f]{32}-800\\.jpg "
                + "800w, /images/[0-9a-f]{32}-1600\\.jpg 1600w");
        assertThat(img.attr("sizes")).isNotEmpty();
        // A link shared in a messaging app previews the picture, large, with its alt text.
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:8080" + img.attr("src").replace("-800.jpg", "-1600.jpg"));
        assertThat(page.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Pupils on a stage");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

        MockHttpServletResponse image = mvc.perform(get(img.attr("src"))).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(image.getContentType()).isEqualTo("image/jpeg");
        assertThat(image.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(image.getHeader("ETag")).isNotEmpty();
        assertThat(image.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.getContentAsByteArray()).startsWith(0xFF, 0xD8, 0xFF);

        mvc.perform(get("/images/0123456789abcdef0123456789abcdef-400.jpg")).andExpect(status().isNotFound());
        mvc.perform(get(img.attr("src").replace(".jpg", ".png"))).andExpect(status().isNotFound());

        // The upcoming list's card has the small copy, lazy-loaded.
        Document list = page(get("/events/list"), 200);
        var card = list.select("article.event-card").stream()
                .filter(article -> article.text().contains(title)).findFirst().orElseThrow();
        assertThat(card.select("img.event-card__picture").attr("loading")).isEqualTo("lazy");
        assertThat(card.select("img.event-card__picture").attr("src")).endsWith("-400.jpg");

        // The audit entry of its making names the picture.
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select changes::text from audit_entry where item_type = 'event' and item_id = :id "
                        + "and action = 'created'").param("id", id).query(String.class).single())
                .contains("picture").contains("Pupils on a stage");
    }

    @Test
    void eachBadUploadIsRefusedByTheFileFieldWithTheRestKept() throws Exception {
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("setup.jpg", TestPictures.executable());
        uploads.put("logo.png", TestPictures.svgWithScript());
        uploads.put("cut.jpg", TestPictures.truncatedJpeg());
        uploads.put("empty.jpg", new byte[0]);
        uploads.put("huge.png", TestPictures.pngHeader(8000, 7500));
        for (var upload : uploads.entrySet()) {
            String title = unique("Refused " + upload.getKey());
            Document page = page(filled(Map.of("title", title, "pictureAlt", "A picture"),
                    file(upload.getKey(), upload.getValue())), 400);
            assertThat(page.select("#pictureFile-error").text()).as(upload.getKey())
                    .startsWith("Error: The").endsWith("Choose the picture again.");
            assertThat(page.select("input#title").val()).isEqualTo(title);
            assertThat(page.select("input#pictureAlt").val()).isEqualTo("A picture");
            assertThat(page.select(".error-summary a[href='#pictureFile']")).hasSize(1);
            assertThat(saved(title)).isZero();
        }
    }

    @Test
    void aFileOverTenMegabytesIsRefusedByTheField() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(TestPictures.jpeg(10, 10), 0, big, 0, 3);
        Document page = page(filled(Map.of("title", unique("Big")), file("big.jpg", big)), 400);
        assertThat(page.select("#pictureFile-error").text()).contains("larger than 10 MB");
    }

    @Test
    void altTextIsRequiredAndTheUploadIsKeptWhileItIsTyped() throws Exception {
        String title = unique("No alt");
        Document page = page(filled(Map.of("title", title), file("photo.jpg", TestPictures.jpeg(800, 600))), 400);
        assertThat(page.select("#pictureAlt-error").text())
                .isEqualTo("Error: Describe the picture, or tick \"This picture is decorative\".");
        String kept = page.select("input[name=picture]").val();
        assertThat(kept).matches("[0-9a-f]{32}");
        assertThat(page.select(".picture-chosen img").attr("src")).isEqualTo("/images/" + kept + "-400.jpg");

        // Sent again with the alt text and no file: the picture chosen before is saved.
        mvc.perform(filled(Map.of("title", title, "picture", kept, "pictureAlt", "A choir"), null))
                .andExpect(status().is3xxRedirection());
        assertThat(pictureOf(title)).isEqualTo(kept);
    }

    @Test
    void aDecorativePictureHasAnEmptyAlt() throws Exception {
        String title = unique("Decorative");
        mvc.perform(filled(Map.of("title", title, "pictureDecorative", "true", "action", "publish"),
                file("pattern.png", TestPictures.png(500, 300)))).andExpect(status().is3xxRedirection());
        String slug = jdbc.sql("select slug from event where title = :title").param("title", title)
                .query(String.class).single();
        var img = page(get("/events/" + slug), 200).selectFirst("img.event-picture");
        assertThat(img).isNotNull();
        assertThat(img.hasAttr("alt")).isTrue();
        assertThat(img.attr("alt")).isEmpty();
    }

    @Test
    void aPictureOfPupilsNeedsTheConsentConfirmed() throws Exception {
        String title = unique("Pupils");
        Document page = page(filled(Map.of("title", title, "pictureAlt", "Year 7 in the lab", "picturePupils", "true"),
                file("lab.jpg", TestPictures.jpeg(600, 400))), 400);
        assertThat(page.select("#pictureConsent-error").text()).isEqualTo("Error: Confirm that the schools' photo "
                + "consent covers everyone in the picture, or untick \"The picture shows pupils\".");
        assertThat(saved(title)).isZero();

        mvc.perform(filled(Map.of("title", title, "pictureAlt", "Year 7 in the lab", "picturePupils", "true",
                        "pictureConsent", "true", "picture", page.select("input[name=picture]").val()), null))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select image_pupils from event where title = :title").param("title", title)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aPictureIsReplacedAndRemovedFromTheEditForm() throws Exception {
        String title = unique("Replaced");
        String location = mvc.perform(filled(Map.of("title", title, "pictureAlt", "First"),
                        file("one.jpg", TestPictures.jpeg(600, 400))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String first = pictureOf(title);

        mvc.perform(edited(location, Map.of("pictureAlt", "Second"), file("two.png", TestPictures.png(640, 480))))
                .andExpect(status().is3xxRedirection());
        String second = pictureOf(title);
        assertThat(second).isNotEqualTo(first).matches("[0-9a-f]{32}");

        mvc.perform(edited(location, Map.of("pictureRemove", "true"), null)).andExpect(status().is3xxRedirection());
        assertThat(pictureOf(title)).isNull();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select changes::text from audit_entry where item_type = 'event' and item_id = :id "
                        + "order by id desc limit 1").param("id", id).query(String.class).single()).contains(second);
    }

    private static MockMultipartFile file(String name, byte[] bytes) {
        // What the browser says about the file is ignored: the content decides.
        return new MockMultipartFile("pictureUpload", name, "image/jpeg", bytes);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String pictureOf(String title) {
        return jdbc.sql("select image_hash from event where title = :title").param("title", title)
                .query(String.class).optional().orElse(null);
    }

    private RequestBuilder filled(Map<String, String> changes, MockMultipartFile upload)
            throws Exception {
        return sent("/admin/events/new", "/admin/events", changes, upload);
    }

    private RequestBuilder edited(String location, Map<String, String> changes,
                                                 MockMultipartFile upload) throws Exception {
        return sent(location, location, changes, upload);
    }

    /** The form at {@code page} sent as a browser sends it, multipart, with {@code changes} typed over it. */
    private RequestBuilder sent(String page, String action, Map<String, String> changes,
                                               MockMultipartFile upload) throws Exception {
        Document form = page(get(page).cookie(coordinator), 200);
        FormElement element = (FormElement) form.selectFirst("form[action='" + action + "']");
        long category = jdbc.sql("select id from category where slug = 'academic'").query(Long.class).single();
        long school = jdbc.sql("select id from school where slug = 'radley-college'").query(Long.class).single();
        Map<String, String> values = new LinkedHashMap<>();
        if (page.endsWith("/new")) {
            values.putAll(Map.of("title", "A test event", "startDate", "2031-07-01", "startTime", "16:00",
                    "endTime", "17:30", "venueName", "Main Hall", "categoryId", String.valueOf(category)));
            element.selectFirst("input[name=hostSchoolIds][value=" + school + "]").attr("checked", true);
        }
        values.putAll(changes);
        MockMultipartHttpServletRequestBuilder request = multipart(action);
        request.file(upload != null ? upload : new MockMultipartFile("pictureUpload", "", "application/octet-stream",
                new byte[0]));
        request.with(csrf()).cookie(coordinator);
        for (var field : element.formData()) {
            if (!field.key().equals("_csrf") && !field.key().equals("pictureUpload") && !changes.containsKey(field.key())) {
                request.param(field.key(), values.getOrDefault(field.key(), field.value()));
            }
        }
        for (var change : changes.entrySet()) {
            request.param(change.getKey(), change.getValue());
        }
        for (String name : List.of("action")) {
            if (!changes.containsKey(name)) {
                request.param(name, "save");
            }
        }
        return request;
    }

    private long saved(String title) {
        return jdbc.sql("select count(*) from event where title = :title").param("title", title)
                .query(Long.class).single();
    }

    private Document page(RequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
