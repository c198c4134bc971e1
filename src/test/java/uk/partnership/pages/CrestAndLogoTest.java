package uk.partnership.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import uk.partnership.base.images.TestPictures;
import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.Eventually;
import uk.partnership.support.PageCaching;

/**
 * A school's crest and the partnership's logo (issue 20), each set by a form of its own beside the school's or the
 * settings' form: shown on the school's page, in the list of schools and in every public page's header, used for link
 * previews, and every bad upload refused by the file field with the description kept.
 */
// The context of EventPictureTest and DocumentsTest (page cache on), started once for all.
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class CrestAndLogoTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final PageCache pageCache;
    private final JdbcClient jdbc;

    private Cookie coordinator;
    private long radley;

    @Autowired
    CrestAndLogoTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc) {
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
        radley = jdbc.sql("select id from school where slug = 'radley-college'").query(Long.class).single();
    }

    /** Other classes in this database see the demo as the script makes it: no crest, no logo. */
    @AfterEach
    void removePictures() {
        DemoContent.removeCrestsAndLogo(dataSource);
    }

    @Test
    void aCrestIsShownOnTheSchoolsPageInTheListAndInItsLinkPreview() throws Exception {
        Document edit = page(get("/admin/schools/" + radley).cookie(coordinator), 200);
        var form = edit.selectFirst("#crest form[action='/admin/schools/" + radley + "/crest']");
        assertThat(form).isNotNull();
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[type=file]").attr("accept")).isEqualTo("image/jpeg,image/png,image/webp");
        assertThat(form.select("input[name=picturePupils]")).isEmpty();

        mvc.perform(crest(Map.of("pictureAlt", "Crest of Radley College"), picture("crest.png", TestPictures.png(600, 700))))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/admin/schools/" + radley + "#crest"));

        assertThat(Eventually.holds(Duration.ofSeconds(5), () -> !page(get("/schools/radley-college"), 200)
                .select("img.school-crest").isEmpty())).isTrue();
        Document school = page(get("/schools/radley-college"), 200);
        var img = school.selectFirst("img.school-crest");
        assertThat(img.attr("alt")).isEqualTo("Crest of Radley College");
        assertThat(img.attr("src")).matches("/images/[0-9a-f]{32}-400\\.jpg");
        assertThat(img.attr("width")).isEqualTo("400");
        assertThat(img.attr("height")).isEqualTo("467");
        assertThat(school.select("meta[property=og:image]").attr("content"))
                .isEqualTo("http://localhost:8080" + img.attr("src").replace("-400.jpg", "-600.jpg"));
        assertThat(school.select("meta[property=og:image:alt]").attr("content")).isEqualTo("Crest of Radley College");

        var card = page(get("/schools"), 200).select(".card").stream()
                .filter(li -> li.text().contains("Radley College")).findFirst().orElseThrow();
        assertThat(card.select("img.card__crest").attr("src")).isEqualTo(img.attr("src"));
        assertThat(card.select("img.card__crest").attr("alt")).isEmpty();
        assertThat(card.select("img.card__crest").attr("loading")).isEqualTo("lazy");

        assertThat(jdbc.sql("select changes::text from audit_entry where item_type = 'school' and item_id = :id "
                        + "and action = 'crest changed' order by id desc limit 1").param("id", radley)
                .query(String.class).single()).contains("Crest of Radley College");

        // The description alone can change; then the crest can be removed.
        mvc.perform(crest(Map.of("pictureDecorative", "true"), null)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select crest_alt from school where id = :id").param("id", radley).query(String.class)
                .single()).isEmpty();
        mvc.perform(crest(Map.of("pictureRemove", "true"), null)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select crest_hash from school where id = :id").param("id", radley).query(String.class)
                .optional()).isEmpty();
    }

    @Test
    void eachBadCrestIsRefusedByTheFileFieldWithTheDescriptionKept() throws Exception {
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        uploads.put("setup.png", TestPictures.executable());
        uploads.put("crest.svg", TestPictures.svgWithScript());
        uploads.put("huge.png", TestPictures.pngHeader(8000, 7500));
        uploads.put("cut.jpg", TestPictures.truncatedJpeg());
        uploads.put("empty.png", new byte[0]);
        for (var bad : uploads.entrySet()) {
            Document shown = page(crest(Map.of("pictureAlt", "Crest of Radley"), picture(bad.getKey(), bad.getValue())),
                    400);
            assertThat(shown.title()).as(bad.getKey()).startsWith("Error: ");
            assertThat(shown.select("#pictureFile-error").text()).as(bad.getKey()).startsWith("Error: The")
                    .endsWith("Choose the picture again.");
            assertThat(shown.select("#crest .error-summary a[href='#pictureFile']")).hasSize(1);
            assertThat(shown.select("input#pictureAlt").val()).isEqualTo("Crest of Radley");
            // The school's own form is shown as saved, ready to use.
            assertThat(shown.select("input#name").val()).isEqualTo("Radley College");
        }
        assertThat(jdbc.sql("select count(*) from school where crest_hash is not null").query(Long.class).single())
                .isZero();

        // Without a description, the file is not kept at all: nothing is left that nothing shows.
        long images = jdbc.sql("select count(*) from image").query(Long.class).single();
        Document untold = page(crest(Map.of(), picture("new.png", TestPictures.png(321, 123))), 400);
        assertThat(untold.select("#pictureAlt-error").text())
                .isEqualTo("Error: Describe the picture, or tick \"This picture is decorative\".");
        assertThat(jdbc.sql("select count(*) from image").query(Long.class).single()).isEqualTo(images);
        Document none = page(crest(Map.of("pictureAlt", "Crest"), null), 400);
        assertThat(none.select("#pictureFile-error").text()).isEqualTo("Error: Choose a picture.");
    }

    @Test
    void theLogoIsInEveryPublicPagesHeaderAndPreviewsPagesWithoutAPictureOfTheirOwn() throws Exception {
        Document settings = page(get("/admin/settings").cookie(coordinator), 200);
        assertThat(settings.selectFirst("#logo form[action='/admin/settings/logo']")).isNotNull();
        mvc.perform(logo(Map.of("pictureAlt", "OX14 Learning Partnership logo"), picture("logo.png",
                        TestPictures.transparentPng(500, 200))))
                .andExpect(status().is3xxRedirection());

        assertThat(Eventually.holds(Duration.ofSeconds(5), () -> !page(get("/about"), 200)
                .select(".site-header__logo").isEmpty())).isTrue();
        for (String path : new String[] {"/", "/events", "/news", "/schools/radley-college", "/about"}) {
            Document shown = page(get(path), 200);
            var header = shown.selectFirst("a.site-header__name");
            assertThat(header.select("img.site-header__logo").attr("src")).as(path).matches("/images/[0-9a-f]{32}-400\\.png");
            assertThat(header.select("img.site-header__logo").attr("alt")).as(path).isEmpty();
            assertThat(header.text()).as(path).isEqualTo("OX14 Learning Partnership");
        }
        Document about = page(get("/about"), 200);
        String logo = about.select("img.site-header__logo").attr("src").replace("-400.png", "-500.png");
        assertThat(about.select("meta[property=og:image]").attr("content")).isEqualTo("http://localhost:8080" + logo);
        assertThat(about.select("meta[property=og:image:alt]").attr("content"))
                .isEqualTo("OX14 Learning Partnership logo");
        assertThat(about.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");

        // Refused like any picture, the description kept; the settings' own form is shown too.
        Document refused = page(logo(Map.of("pictureAlt", "Kept"), picture("logo.svg", TestPictures.svgWithScript())), 400);
        assertThat(refused.select("#pictureFile-error").text()).endsWith("Choose the picture again.");
        assertThat(refused.select("input#pictureAlt").val()).isEqualTo("Kept");
        assertThat(refused.select("input#name").val()).isEqualTo("OX14 Learning Partnership");

        mvc.perform(logo(Map.of("pictureRemove", "true"), null)).andExpect(status().is3xxRedirection());
        assertThat(Eventually.holds(Duration.ofSeconds(5), () -> page(get("/about"), 200)
                .select(".site-header__logo").isEmpty())).isTrue();
        assertThat(jdbc.sql("select action from audit_entry where item_type = 'settings' order by id desc limit 2")
                .query(String.class).list()).containsExactly("logo removed", "logo changed");
    }

    private RequestBuilder crest(Map<String, String> fields, MockMultipartFile file) {
        return sent("/admin/schools/" + radley + "/crest", fields, file);
    }

    private RequestBuilder logo(Map<String, String> fields, MockMultipartFile file) {
        return sent("/admin/settings/logo", fields, file);
    }

    private RequestBuilder sent(String action, Map<String, String> fields, MockMultipartFile file) {
        var request = multipart(action).file(file != null ? file
                : new MockMultipartFile("pictureUpload", "", "application/octet-stream", new byte[0]));
        fields.forEach(request::param);
        return request.with(csrf()).cookie(coordinator);
    }

    private static MockMultipartFile picture(String name, byte[] bytes) {
        return new MockMultipartFile("pictureUpload", name, "image/png", bytes);
    }

    private Document page(RequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
