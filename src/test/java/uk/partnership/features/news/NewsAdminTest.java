package uk.partnership.features.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.partnership.base.web.DateFormats.DAY;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StoppedClock;
import uk.partnership.support.TestClock;

/**
 * The coordinator writes news: create, edit, preview, publish now, schedule, unpublish; errors by field,
 * concurrent edits, slug history, sanitised Markdown, audit entries, and no way in for anyone else.
 */
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock
class NewsAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    NewsSteps steps;
    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        steps = new NewsSteps(mvc, jdbc);
        coordinator = steps.coordinator();
    }

    @Test
    void publishedArticleShowsTitleDateAuthorRelatedSchoolsAndBody() throws Exception {
        String title = "Article " + marker();
        long id = steps.create(title, "publish", "radley-college", "larkmead-school");

        Document article = steps.page("/news/" + steps.slugOf(id), 200);

        assertThat(article.title()).isEqualTo(title + " – OX14 Learning Partnership");
        assertThat(article.select("h1").text()).isEqualTo(title);
        assertThat(article.select(".lead").text()).isEqualTo("A summary of " + title + ".");
        assertThat(article.select(".summary-list time").text())
                .isEqualTo(DAY.format(clock.instant().atZone(NewsSteps.LONDON)));
        assertThat(article.select(".summary-list dd").eachText()).contains("Jessica Burns");
        assertThat(article.select(".summary-list a").eachAttr("href"))
                .containsExactly("/schools/larkmead-school", "/schools/radley-college");
        assertThat(article.select(".prose strong").text()).isEqualTo("important");
        assertThat(steps.auditActions(id)).containsExactly("created", "published");
    }

    @Test
    void badInputGetsAMessageByEachFieldA400AndKeepsWhatWasTyped() throws Exception {
        Document page = steps.page(post("/admin/news").with(csrf()).cookie(coordinator)
                .param("title", " ").param("slug", "Not A Slug!").param("summary", "Kept summary")
                .param("body", "Kept *body*").param("schoolIds", "987654").param("action", "save"), 400);

        assertThat(page.title()).startsWith("Error: Write a news post");
        assertThat(page.select(".error-summary li").eachText()).containsExactlyInAnyOrder("Enter a title",
                "Use lower-case letters, numbers and hyphens only, like open-evening-2026", "Choose schools from the list");
        assertThat(page.select(".error-summary a").eachAttr("href")).contains("#title", "#slug", "#schoolIds");
        assertThat(page.select("#title-error").text()).contains("Enter a title");
        assertThat(page.select("input#slug").val()).isEqualTo("Not A Slug!");
        assertThat(page.select("textarea#summary").text()).isEqualTo("Kept summary");
        assertThat(page.select("textarea#body").text()).isEqualTo("Kept *body*");
    }

    @Test
    void editWithAnEmptyTitleIsRefusedByTheFieldAndKeepsTheOtherChanges() throws Exception {
        long id = steps.create("Edit errors " + marker(), "save");

        Document page = steps.page(steps.edit(id, steps.version(id), "title", "", "summary", "Typed summary"), 400);

        assertThat(page.title()).startsWith("Error: Edit news post");
        assertThat(page.select("#title-error").text()).contains("Enter a title");
        assertThat(page.select("textarea#summary").text()).isEqualTo("Typed summary");
    }

    @Test
    void takenSlugIsRefused() throws Exception {
        long first = steps.create("Slug owner " + marker(), "save");
        long second = steps.create("Slug wanter " + marker(), "save");

        Document page = steps.page(steps.edit(second, steps.version(second), "slug", steps.slugOf(first)), 400);

        assertThat(page.select("#slug-error").text()).contains("Another item already uses this address");
    }

    @Test
    void secondOfTwoConcurrentEditsIsRefusedWithWhoAndWhenAndKeepsWhatWasTyped() throws Exception {
        long id = steps.create("Concurrent " + marker(), "save");
        String opened = steps.version(id);

        mvc.perform(steps.edit(id, opened, "title", "Concurrent (first editor)"))
                .andExpect(redirectedUrl("/admin/news/" + id));
        Document refused = steps.page(steps.edit(id, opened, "title", "Concurrent (second editor)"), 409);

        assertThat(refused.select(".notice--warning").text())
                .contains("jessica.burns@ox14.example.org saved this at", "Your changes are below but not saved");
        assertThat(refused.select("input#title").val()).isEqualTo("Concurrent (second editor)");
        assertThat(jdbc.sql("select title from news_post where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Concurrent (first editor)");

        String offered = refused.select("form[action=/admin/news/" + id + "] input[name=version]").val();
        assertThat(offered).isEqualTo(steps.version(id));
        mvc.perform(steps.edit(id, offered, "title", "Concurrent (second editor)"))
                .andExpect(redirectedUrl("/admin/news/" + id));
    }

    @Test
    void publishingAPostChangedMeanwhileIsRefused() throws Exception {
        long id = steps.create("Stale publish " + marker(), "save");
        String opened = steps.version(id);
        mvc.perform(steps.edit(id, opened, "summary", "Changed meanwhile")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/news/" + id + "/publish").with(csrf()).cookie(coordinator).param("version", opened))
                .andExpect(redirectedUrl("/admin/news/" + id));

        assertThat(jdbc.sql("select status from news_post where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void renamedSlugRedirectsPermanently() throws Exception {
        long id = steps.create("Renamed " + marker(), "publish");
        String old = steps.slugOf(id);
        String renamed = old + "-renamed";

        mvc.perform(steps.edit(id, steps.version(id), "slug", renamed)).andExpect(redirectedUrl("/admin/news/" + id));

        mvc.perform(get("/news/" + old)).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/news/" + renamed));
        mvc.perform(get("/news/" + renamed)).andExpect(status().isOk());
    }

    @Test
    void oldSlugOfAnUnpublishedPostIsNotFoundRatherThanARedirect() throws Exception {
        long id = steps.create("Renamed draft " + marker(), "publish");
        String old = steps.slugOf(id);
        mvc.perform(steps.edit(id, steps.version(id), "slug", old + "-new")).andExpect(status().is3xxRedirection());
        steps.unpublish(id);

        mvc.perform(get("/news/" + old)).andExpect(status().isNotFound());
    }

    @Test
    void scriptsHandlersAndDangerousLinksInTheBodyNeverReachThePage() throws Exception {
        long id = steps.create("Safe news " + marker(), "publish");
        mvc.perform(steps.edit(id, steps.version(id), "body", """
                Hello <script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick="alert(3)">bold</b>

                [one](javascript:alert(4)) [two](data:text/html;base64,PHNjcmlwdD4=) [three](https://example.org)

                <iframe src="https://evil.example"></iframe>
                """)).andExpect(status().is3xxRedirection());

        var prose = steps.page("/news/" + steps.slugOf(id), 200).select(".prose").first();

        assertThat(prose.select("script, img, iframe, [onclick], [onerror]")).isEmpty();
        assertThat(prose.select("a").eachAttr("href")).containsExactly("https://example.org");
        assertThat(prose.text()).contains("Hello", "one", "two");
    }

    @Test
    void previewShowsTheRenderedBodyWithoutSaving() throws Exception {
        String title = "Preview only " + marker();
        Document page = steps.page(post("/admin/news").with(csrf()).cookie(coordinator).param("title", title)
                .param("body", "Some **bold** text <script>x</script>").param("action", "preview"), 200);

        assertThat(page.select(".preview strong").text()).isEqualTo("bold");
        assertThat(page.select(".preview script")).isEmpty();
        assertThat(page.select("input#title").val()).isEqualTo(title);
        assertThat(jdbc.sql("select count(*) from news_post where title = :title").param("title", title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void draftPreviewLooksLikeTheArticleButOnlyForCoordinators() throws Exception {
        String title = "Draft preview " + marker();
        long id = steps.create(title, "save", "abingdon-school");

        Document preview = steps.page(get("/admin/news/" + id + "/preview").cookie(coordinator), 200);

        assertThat(preview.select(".notice--warning").text()).contains("this draft is not on the public site");
        assertThat(preview.select("h1").text()).isEqualTo(title);
        assertThat(preview.select(".prose strong").text()).isEqualTo("important");
        mvc.perform(get("/news/" + steps.slugOf(id))).andExpect(status().isNotFound());
    }

    @Test
    void everyChangeWritesAnAuditEntryWithTheChangedFields() throws Exception {
        String title = "Audited " + marker();
        long id = steps.create(title, "save");
        mvc.perform(steps.edit(id, steps.version(id), "title", title + " (edited)")).andExpect(status().is3xxRedirection());
        steps.schedule(id, clock.instant().plus(Duration.ofDays(3)));
        steps.publish(id);
        steps.unpublish(id);

        assertThat(steps.auditActions(id)).containsExactly("created", "changed", "scheduled", "published", "unpublished");
        String changes = jdbc.sql("select changes::text from audit_entry where item_type = 'news' and item_id = :id "
                + "and action = 'changed'").param("id", id).query(String.class).single();
        assertThat(changes).contains("\"title\"", title + " (edited)").doesNotContain("\"body\"");
    }

    @Test
    void listShowsDraftsScheduledAndPublishedPosts() throws Exception {
        String marker = marker();
        steps.create("List draft " + marker, "save");
        long scheduled = steps.create("List scheduled " + marker, "save");
        steps.schedule(scheduled, clock.instant().plus(Duration.ofDays(1)));
        steps.create("List published " + marker, "publish");

        Document list = steps.page(get("/admin/news").cookie(coordinator), 200);

        assertThat(list.select("tbody tr").stream()
                .filter(row -> row.text().contains(marker))
                .map(row -> row.select("a").text() + ": " + row.select(".label").text()).toList())
                .contains("List draft " + marker + ": Draft", "List scheduled " + marker + ": Scheduled",
                        "List published " + marker + ": Published");
        mvc.perform(get("/admin/news").param("page", "x").cookie(coordinator)).andExpect(status().isBadRequest());
    }

    @Test
    void publishNowPublishesAScheduledPostAtOnce() throws Exception {
        String title = "Brought forward " + marker();
        long id = steps.create(title, "save");
        steps.schedule(id, clock.instant().plus(Duration.ofDays(1)));
        assertThat(steps.statusOf("/news/" + steps.slugOf(id))).isEqualTo(404);

        steps.publish(id);

        assertThat(steps.statusOf("/news/" + steps.slugOf(id))).isEqualTo(200);
    }

    @Test
    void representativeIsRefusedEveryNewsAdminRoute() throws Exception {
        Cookie representative = steps.session("radley-college@ox14.example.org", "representative demo maple");
        long id = steps.create("Not for representatives " + marker(), "save");
        for (String path : List.of("/admin/news", "/admin/news/new", "/admin/news/" + id, "/admin/news/" + id + "/schedule",
                "/admin/news/" + id + "/preview")) {
            mvc.perform(get(path).cookie(representative)).andExpect(status().isForbidden());
        }
        for (String path : List.of("/admin/news", "/admin/news/" + id, "/admin/news/" + id + "/publish",
                "/admin/news/" + id + "/unpublish", "/admin/news/" + id + "/schedule")) {
            mvc.perform(post(path).with(csrf()).cookie(representative).param("version", "0").param("title", "x"))
                    .andExpect(status().isForbidden());
        }
        assertThat(steps.auditActions(id)).containsExactly("created");
    }

    @Test
    void visitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/news")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
