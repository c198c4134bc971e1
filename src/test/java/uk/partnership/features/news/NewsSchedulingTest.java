package uk.partnership.features.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.partnership.base.web.DateFormats.MACHINE;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StoppedClock;
import uk.partnership.support.TestClock;

/**
 * Scheduling: a post scheduled for later is in no list, page, feed or sitemap until its time, and then, with the
 * injected clock moved on and nothing else done, it is in all of them. Drafts are never public.
 */
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
@StoppedClock
class NewsSchedulingTest {

    private final MockMvc mvc;

    private final DataSource dataSource;

    /** On, as in production: every change below must reach the public pages through it. */
    private final PageCache pageCache;

    private final JdbcClient jdbc;

    private final TestClock clock;

    @Autowired
    NewsSchedulingTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc, TestClock clock) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.pageCache = pageCache;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    NewsSteps steps;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        PageCaching.awaitListening(pageCache);
        steps = new NewsSteps(mvc, jdbc);
    }

    @Test
    void scheduledPostAppearsEverywhereAtItsTimeWithNoActionAndNeverBefore() throws Exception {
        String title = "Scheduled " + marker();
        long id = steps.create(title, "save", "larkmead-school");
        stepPastPostsDueWithin(Duration.ofHours(4));
        String slug = steps.slugOf(id);
        Instant publishAt = clock.instant().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        steps.schedule(id, publishAt);
        String feedEtag = mvc.perform(get("/news/feed.atom")).andReturn().getResponse().getHeader("ETag");

        clock.moveTo(publishAt.minusSeconds(1));
        assertInvisible(title, slug);
        mvc.perform(get("/news/feed.atom").header("If-None-Match", feedEtag)).andExpect(status().isNotModified());

        clock.moveTo(publishAt);
        assertThat(steps.body("/news")).contains(title);
        Document article = steps.page("/news/" + slug, 200);
        assertThat(article.select("h1").text()).isEqualTo(title);
        assertThat(article.select("time").attr("datetime")).isEqualTo(MACHINE.format(publishAt.atZone(NewsSteps.LONDON)));
        assertThat(steps.body("/")).contains(title);
        assertThat(steps.body("/schools/larkmead-school")).contains(title);
        assertThat(steps.body("/sitemap.xml")).contains("http://localhost:8080/news/" + slug + "</loc>");
        String feed = mvc.perform(get("/news/feed.atom").header("If-None-Match", feedEtag))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(feed).contains(title);
        assertThat(steps.auditActions(id)).containsExactly("created", "scheduled");
    }

    @Test
    void scheduledPostIsShownAsScheduledToTheCoordinatorWithAPreviewButNotToVisitors() throws Exception {
        String title = "Waiting " + marker();
        long id = steps.create(title, "save");
        steps.schedule(id, clock.instant().plus(Duration.ofDays(2)));

        Document edit = steps.page(get("/admin/news/" + id).cookie(steps.coordinator()), 200);
        assertThat(edit.select(".panel .label").text()).isEqualTo("Scheduled");
        Document preview = steps.page(get("/admin/news/" + id + "/preview").cookie(steps.coordinator()), 200);
        assertThat(preview.select(".notice--warning").text()).contains("scheduled and not on the public site yet");
        assertThat(preview.select("h1").text()).isEqualTo(title);

        assertThat(steps.statusOf("/news/" + steps.slugOf(id))).isEqualTo(404);
    }

    @Test
    void draftAnswers404AndIsInNoListFeedOrSitemap() throws Exception {
        String title = "Draft " + marker();
        long id = steps.create(title, "save", "radley-college");
        clock.advance(Duration.ofMinutes(5));

        assertInvisible(title, steps.slugOf(id));
        assertThat(jdbc.sql("select status from news_post where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void demoDraftAndDemoScheduledPostAreNotPublic() throws Exception {
        assertThat(steps.statusOf("/news/summer-sports-festival-plans")).isEqualTo(404);
        assertThat(steps.statusOf("/news/partnership-survey-results")).isEqualTo(404);
        assertThat(steps.body("/news")).doesNotContain("summer sports festival", "survey results");
        assertThat(steps.statusOf("/news/joint-orchestra-rehearsals-begin")).isEqualTo(200);
    }

    @Test
    void publishNowThenUnpublishTakesThePostOffEveryPublicPage() throws Exception {
        String title = "Published " + marker();
        long id = steps.create(title, "publish", "radley-college");
        String slug = steps.slugOf(id);
        assertThat(steps.body("/news")).contains(title);
        assertThat(steps.body("/news/feed.atom")).contains(title);
        assertThat(steps.body("/schools/radley-college")).contains(title);

        clock.advance(Duration.ofMinutes(1));
        steps.unpublish(id);

        assertInvisible(title, slug);
        assertThat(steps.auditActions(id)).containsExactly("created", "published", "unpublished");
    }

    @Test
    void schedulingForATimeThatHasPassedIsRefusedByTheFieldAndKeepsWhatWasTyped() throws Exception {
        long id = steps.create("Too late " + marker(), "save");
        Instant past = clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);

        Document page = steps.page(steps.scheduleRequest(id, steps.version(id), past), 400);

        assertThat(page.title()).startsWith("Error: Schedule");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#publishDate");
        assertThat(page.select("#publishDate-error").text()).contains("Choose a time in the future");
        assertThat(page.select("input#publishDate").val()).isEqualTo(past.atZone(NewsSteps.LONDON).toLocalDate().toString());
        assertThat(jdbc.sql("select status from news_post where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void schedulingWithoutADateOrWithANonsenseTimeGetsAMessageByEachField() throws Exception {
        long id = steps.create("Bad schedule " + marker(), "save");

        Document page = steps.page(steps.scheduleRequest(id, steps.version(id), "", "25:99"), 400);

        assertThat(page.select(".error-summary li").eachText()).containsExactly("Enter the date",
                "Enter a real time on the 24-hour clock, for example 08:00");
        assertThat(page.select("input#publishTime").val()).isEqualTo("25:99");
    }

    /**
     * Moves the clock past posts that other test classes (with clocks of their own) left due in the next
     * {@code window}, so that in it only this test's post can change the feed.
     */
    private void stepPastPostsDueWithin(Duration window) {
        Instant start = clock.instant();
        for (;;) {
            List<Timestamp> due = jdbc.sql("""
                            select publish_at from news_post
                            where status <> 'DRAFT' and publish_at > :start and publish_at <= :end
                            order by publish_at desc limit 1""")
                    .param("start", Timestamp.from(start)).param("end", Timestamp.from(start.plus(window)))
                    .query(Timestamp.class).list();
            if (due.isEmpty()) {
                break;
            }
            start = due.getFirst().toInstant();
        }
        clock.moveTo(start);
    }

    @Test
    void aNewPostIsScheduledFromItsOwnFormWithTheDateAsTheUkPickerShowsIt() throws Exception {
        String title = "Scheduled at once " + marker();
        Instant publishAt = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        var local = publishAt.atZone(NewsSteps.LONDON);
        String typed = String.format("%02d/%02d/%d", local.getDayOfMonth(), local.getMonthValue(), local.getYear());

        String location = mvc.perform(steps.form(title, "larkmead-school").param("publishDate", typed)
                        .param("publishTime", local.toLocalTime().toString()).param("action", "schedule"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/admin/news/".length()));

        Document edit = steps.page(get(location).cookie(steps.coordinator()), 200);
        assertThat(edit.select(".notice--success").text()).contains("The news post has been scheduled.");
        assertThat(edit.select(".panel .label").text()).isEqualTo("Scheduled");
        assertThat(steps.auditActions(id)).containsExactly("created", "scheduled");
        String slug = steps.slugOf(id);
        assertInvisible(title, slug);

        clock.moveTo(publishAt);
        assertThat(steps.page("/news/" + slug, 200).select("h1").text()).isEqualTo(title);
    }

    @Test
    void aNewPostScheduledWithoutATimeOrInThePastIsRefusedByTheFieldsAndNothingIsSaved() throws Exception {
        String title = "Not scheduled " + marker();
        Document page = steps.page(steps.form(title).param("publishDate", "31/12/2099").param("publishTime", "")
                .param("action", "schedule"), 400);
        assertThat(page.select("#publishTime-error").text()).contains("Enter the time");
        assertThat(page.select("input#publishDate").val()).isEqualTo("31/12/2099");
        assertThat(page.select("input#title").val()).isEqualTo(title);

        Document past = steps.page(steps.form(title).param("publishDate", "01/01/2020").param("publishTime", "08:00")
                .param("action", "schedule"), 400);
        assertThat(past.select("#publishDate-error").text()).contains("Choose a time in the future");
        assertThat(jdbc.sql("select count(*) from news_post where title = :title").param("title", title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theNewPostFormOffersToScheduleButAnEditedPostKeepsItsSchedulePage() throws Exception {
        Document form = steps.page(get("/admin/news/new").cookie(steps.coordinator()), 200);
        assertThat(form.select("input#publishDate").attr("type")).isEqualTo("date");
        assertThat(form.select("#publishDate-hint").text()).isEqualTo("For example, 27/03/2027");
        assertThat(form.select("button[value=schedule]").text()).isEqualTo("Save and schedule");

        long id = steps.create("Edited " + marker(), "save");
        Document edit = steps.page(get("/admin/news/" + id).cookie(steps.coordinator()), 200);
        assertThat(edit.select("input#publishDate, button[value=schedule]")).isEmpty();
    }

    private void assertInvisible(String title, String slug) throws Exception {
        assertThat(steps.statusOf("/news/" + slug)).isEqualTo(404);
        assertThat(steps.body("/news")).doesNotContain(title);
        assertThat(steps.body("/news/feed.atom")).doesNotContain(title);
        assertThat(steps.body("/")).doesNotContain(title);
        assertThat(steps.body("/sitemap.xml")).doesNotContain("/news/" + slug + "<");
        for (String school : new String[] {"larkmead-school", "radley-college"}) {
            assertThat(steps.body("/schools/" + school)).doesNotContain(title);
        }
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
