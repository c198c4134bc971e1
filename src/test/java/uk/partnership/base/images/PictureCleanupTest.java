package uk.partnership.base.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;

/**
 * Issue 20: pictures uploaded and never saved with anything are deleted after a day, once across instances, while a
 * picture any event, news post or programme page shows is kept, and a form that waits with its upload keeps it as
 * long as it is saved in time (ADR 0031).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PictureCleanupTest {

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PictureCleanup cleanup;
    private final Pictures pictures;

    private Cookie coordinator;

    @Autowired
    PictureCleanupTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc, PictureCleanup cleanup, Pictures pictures) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cleanup = cleanup;
        this.pictures = pictures;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        coordinator = mvc.perform(post("/login").with(csrf()).param("email", "jessica.burns@ox14.example.org")
                        .param("password", "coordinator demo walnut"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void aPictureNothingShowsIsDeletedAfterADayAndPicturesInUseAreKept() throws Exception {
        String leftInForm = keptByAFormWithAnError();
        String ofNews = saved("/admin/news", Map.of("title", unique("News")), TestPictures.jpeg(420, 300));
        String ofPage = saved("/admin/programmes", Map.of("title", unique("Page"), "placement", "NONE",
                "position", "0"), TestPictures.jpeg(430, 300));
        String ofEvent = pictures.receive(TestPictures.jpeg(440, 300)).hash();
        String recent = pictures.receive(TestPictures.jpeg(450, 300)).hash();
        long event = jdbc.sql("select max(id) from event").query(Long.class).single();
        String eventBefore = jdbc.sql("select image_hash from event where id = :id").param("id", event)
                .query(String.class).optional().orElse(null);
        jdbc.sql("update event set image_hash = :hash, image_width = 440, image_height = 300, image_extension = 'jpg' "
                + "where id = :id").param("hash", ofEvent).param("id", event).update();
        try {
            age(leftInForm, ofNews, ofPage, ofEvent);

            assertThat(cleanup.clean()).isEqualTo(1);

            assertThat(stored(leftInForm)).isFalse();
            assertThat(jdbc.sql("select count(*) from image_variant where hash = :hash").param("hash", leftInForm)
                    .query(Long.class).single()).as("its variants go with it").isZero();
            mvc.perform(get("/images/" + leftInForm + "-400.jpg")).andExpect(status().isNotFound());
            for (String kept : List.of(ofNews, ofPage, ofEvent, recent)) {
                assertThat(stored(kept)).as(kept).isTrue();
            }
            mvc.perform(get("/images/" + ofNews + "-400.jpg")).andExpect(status().isOk());
            assertThat(cleanup.clean()).as("nothing more to delete").isZero();
        } finally {
            jdbc.sql("update event set image_hash = :hash where id = :id").param("hash", eventBefore).param("id", event)
                    .update();
        }
    }

    @Test
    void aSchoolsCrestAndThePartnershipsLogoAreKept() throws Exception {
        String crest = pictures.receive(TestPictures.png(460, 500)).hash();
        String logo = pictures.receive(TestPictures.png(470, 200)).hash();
        try {
            jdbc.sql("update school set crest_hash = :hash, crest_width = 460, crest_height = 500, crest_extension = 'jpg' "
                    + "where slug = 'radley-college'").param("hash", crest).update();
            jdbc.sql("update partnership set logo_hash = :hash, logo_width = 470, logo_height = 200, "
                    + "logo_extension = 'jpg'").param("hash", logo).update();
            age(crest, logo);

            cleanup.clean();

            assertThat(stored(crest)).isTrue();
            assertThat(stored(logo)).isTrue();
        } finally {
            DemoContent.removeCrestsAndLogo(dataSource);
        }
    }

    @Test
    void aFormSavedWithItsUploadInTimeKeepsThePictureEvenIfTheCleanupRunsLater() throws Exception {
        String kept = keptByAFormWithAnError();
        age(kept);
        String title = unique("Saved late");
        news(Map.of("title", title, "picture", kept, "pictureAlt", "A picture"), null)
                .andExpect(status().is3xxRedirection());

        cleanup.clean();

        assertThat(stored(kept)).isTrue();
        assertThat(jdbc.sql("select image_hash from news_post where title = :title").param("title", title)
                .query(String.class).single()).isEqualTo(kept);
    }

    @Test
    void aFormLeftLongerThanADayAsksForItsPictureAgainByTheField() throws Exception {
        String kept = keptByAFormWithAnError();
        age(kept);
        cleanup.clean();
        assertThat(stored(kept)).isFalse();

        String title = unique("Left too long");
        Document page = Jsoup.parse(news(Map.of("title", title, "picture", kept, "pictureAlt", "A picture"), null)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#pictureFile-error").text())
                .isEqualTo("Error: The picture chosen before could not be found. Choose the picture again.");
        assertThat(page.select("input#title").val()).isEqualTo(title);
    }

    @Test
    void whileAnotherInstanceCleansUpThisOneDoesNothing() throws Exception {
        String unused = pictures.receive(TestPictures.jpeg(460, 300)).hash();
        age(unused);
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, PictureCleanup.LOCK);
                lock.execute();
            }
            assertThat(cleanup.clean()).isZero();
            assertThat(stored(unused)).isTrue();
            other.rollback();
        }
        assertThat(cleanup.clean()).isEqualTo(1);
        assertThat(stored(unused)).isFalse();
    }

    /** A news form sent with a picture (its own: no other test's size) and no title: refused, its upload kept. */
    private String keptByAFormWithAnError() throws Exception {
        Document page = Jsoup.parse(news(Map.of("title", ""), file(TestPictures.jpeg(400 + (int) (Math.random() * 400),
                        333))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        String hash = page.select("input[name=picture]").val();
        assertThat(hash).matches("[0-9a-f]{32}");
        return hash;
    }

    private String saved(String action, Map<String, String> fields, byte[] picture) throws Exception {
        send(action, fields, file(picture)).andExpect(status().is3xxRedirection());
        String table = action.endsWith("news") ? "news_post" : "programme_page";
        return jdbc.sql("select image_hash from " + table + " where title = :title").param("title", fields.get("title"))
                .query(String.class).single();
    }

    private ResultActions news(Map<String, String> fields, MockMultipartFile upload) throws Exception {
        return send("/admin/news", fields, upload);
    }

    private ResultActions send(String action, Map<String, String> fields, MockMultipartFile upload) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart(action);
        if (upload != null) {
            request.file(upload);
        }
        request.with(csrf()).cookie(coordinator).param("version", "0").param("pictureAlt", "A picture");
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("pictureUpload", "photo.jpg", "image/jpeg", bytes);
    }

    /** As if nobody had uploaded or saved these for 25 hours. */
    private void age(String... hashes) {
        jdbc.sql("update image set touched_at = now() - interval '25 hours' where hash in (:hashes)")
                .param("hashes", List.of(hashes)).update();
    }

    private boolean stored(String hash) {
        return jdbc.sql("select count(*) from image where hash = :hash").param("hash", hash).query(Long.class).single() > 0;
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
