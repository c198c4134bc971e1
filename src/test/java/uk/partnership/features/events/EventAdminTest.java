package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.base.web.cache.PageCache;
import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;
import uk.partnership.support.TestClock;

/**
 * The coordinator publishes events: from signing in to an event on the calendar, its page and the feed,
 * and back off them; concurrent edits, slug history, SEQUENCE, cancelling, postponing, deleting, XSS.
 */
// StatementCounter is unused here: with it, the context is that of PageCacheTest and EmbedCacheTest, started once.
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class EventAdminTest {

    private final MockMvc mvc;

    private final DataSource dataSource;

    /** On, as in production: every change below must reach the public pages through it. */
    private final PageCache pageCache;

    private final JdbcClient jdbc;

    private final TestClock clock;

    @Autowired
    EventAdminTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc, TestClock clock) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.pageCache = pageCache;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        PageCaching.awaitListening(pageCache);
        coordinator = session("jessica.burns@ox14.example.org", "coordinator demo walnut");
    }

    @Test
    void publishedEventAppearsOnTheCalendarItsPageAndTheFeedAndGoesWhenUnpublished() throws Exception {
        String title = "Robotics taster " + UUID.randomUUID().toString().substring(0, 8);
        // Within the feeds' 12 months ahead (the real clock: this test runs the whole application).
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(60);
        long id = create(title, day.toString(), "16:00", "17:30", "publish");
        String slug = slugOf(id);

        assertThat(body("/events?month=" + YearMonth.from(day))).contains(title);
        Document page = page("/events/" + slug, 200);
        assertThat(page.select(".summary-list time").text())
                .isEqualTo(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK).format(day) + ", 16:00–17:30");
        assertThat(body("/events/feed.ics")).contains("SUMMARY:" + title);

        mvc.perform(post("/admin/events/" + id + "/unpublish").with(csrf()).cookie(coordinator)
                .param("version", version(id))).andExpect(redirectedUrl("/admin/events/" + id));

        mvc.perform(get("/events/" + slug)).andExpect(status().isNotFound());
        assertThat(body("/events?month=" + YearMonth.from(day))).doesNotContain(title);
        assertThat(body("/events/feed.ics")).doesNotContain(title);
        assertThat(auditActions(id)).containsExactly("created", "published", "unpublished");
    }

    @Test
    void saveAndPublishIsOneTransactionSoAPublicationThatFailsLeavesNothingSaved() throws Exception {
        String single = "Half saved " + UUID.randomUUID().toString().substring(0, 8);
        String series = "Half saved series " + UUID.randomUUID().toString().substring(0, 8);
        long seriesBefore = jdbc.sql("select count(*) from event_series").query(Long.class).single();
        // The database refuses the "published" audit entry of these events: a failure after the first writes of a
        // save. (A constraint rather than a mocked bean, so this test shares the page-cache tests' context.)
        jdbc.sql("""
                alter table audit_entry add constraint test_refuses_publication
                check (action <> 'published' or item_label not like 'Half saved%') not valid""").update();
        try {
            assertThatThrownBy(() -> mvc.perform(form(post("/admin/events"), single, "2031-05-20", "16:00", "17:00")
                    .param("action", "publish"))).rootCause().hasMessageContaining("test_refuses_publication");
            assertThatThrownBy(() -> mvc.perform(form(post("/admin/events"), series, "2031-05-21", "16:00", "17:00")
                    .param("repeats", "WEEKLY").param("repeatEnd", "count").param("repeatCount", "3")
                    .param("action", "publish"))).rootCause().hasMessageContaining("test_refuses_publication");
        } finally {
            jdbc.sql("alter table audit_entry drop constraint test_refuses_publication").update();
        }

        assertThat(jdbc.sql("select count(*) from event where title in (:titles)").param("titles", List.of(single, series))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where item_label in (:titles)")
                .param("titles", List.of(single, series)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from event_series").query(Long.class).single()).isEqualTo(seriesBefore);
    }

    @Test
    void secondOfTwoConcurrentEditsIsRefusedWithWhoAndWhenAndKeepsWhatWasTyped() throws Exception {
        long id = create("Debate club " + UUID.randomUUID().toString().substring(0, 8), "2031-06-03", "16:00", "17:00", "save");
        String openedVersion = version(id);

        mvc.perform(edit(id, openedVersion, "title", "Debate club (first editor)"))
                .andExpect(redirectedUrl("/admin/events/" + id));
        Document refused = page(edit(id, openedVersion, "title", "Debate club (second editor)"), 409);

        assertThat(refused.select(".notice--warning").text())
                .contains("Jessica Burns saved this at", "Your changes are below but not saved");
        assertThat(refused.select("input#title").val()).isEqualTo("Debate club (second editor)");
        assertThat(jdbc.sql("select title from event where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Debate club (first editor)");
    }

    @Test
    void renamedSlugRedirectsPermanentlyForThePageAndTheIcsFile() throws Exception {
        long id = create("Chess masterclass " + UUID.randomUUID().toString().substring(0, 8), "2031-06-10", "16:00", "17:00", "publish");
        String old = slugOf(id);
        String renamed = old + "-renamed";

        mvc.perform(edit(id, version(id), "slug", renamed)).andExpect(redirectedUrl("/admin/events/" + id));

        mvc.perform(get("/events/" + old)).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/events/" + renamed));
        mvc.perform(get("/events/" + old + ".ics")).andExpect(status().isMovedPermanently())
                .andExpect(redirectedUrl("/events/" + renamed + ".ics"));
        mvc.perform(get("/events/" + renamed)).andExpect(status().isOk());
    }

    @Test
    void publishedEditRaisesTheSequenceInTheFeed() throws Exception {
        long id = create("Sequence talk " + UUID.randomUUID().toString().substring(0, 8), "2031-06-11", "16:00", "17:00", "publish");
        String slug = slugOf(id);
        int before = sequence(body("/events/" + slug + ".ics"));

        mvc.perform(edit(id, version(id), "startTime", "16:30")).andExpect(status().is3xxRedirection());

        assertThat(sequence(body("/events/" + slug + ".ics"))).isEqualTo(before + 1);
    }

    @Test
    void scriptsHandlersAndDangerousLinksInTheDescriptionNeverReachThePage() throws Exception {
        long id = create("Safe text " + UUID.randomUUID().toString().substring(0, 8), "2031-06-12", "16:00", "17:00", "publish");
        mvc.perform(edit(id, version(id), "description", """
                Hello <script>alert(1)</script> <img src=x onerror=alert(2)> <b onclick="alert(3)">bold</b>

                [one](javascript:alert(4)) [two](data:text/html;base64,PHNjcmlwdD4=) [three](https://example.org)

                <iframe src="https://evil.example"></iframe>
                """)).andExpect(status().is3xxRedirection());

        var prose = page("/events/" + slugOf(id), 200).select(".prose").first();

        assertThat(prose.select("script, img, iframe, [onclick], [onerror]")).isEmpty();
        assertThat(prose.select("a").eachAttr("href")).containsExactly("https://example.org");
        assertThat(prose.text()).contains("Hello", "one", "two");
    }

    @Test
    void badInputGetsAMessageByEachFieldA400AndKeepsWhatWasTyped() throws Exception {
        Document page = page(post("/admin/events").with(csrf()).cookie(coordinator)
                .param("title", "").param("startDate", "2031-02-30").param("startTime", "25:00")
                .param("endTime", "10:00").param("onlineUrl", "javascript:alert(1)")
                .param("venueName", "Kept venue").param("action", "save"), 400);

        assertThat(page.title()).startsWith("Error: Add an event");
        assertThat(page.select(".error-summary li").eachText()).contains("Enter a title", "The start date must be a real date, for example 27/03/2027",
                "The start time must be a real time on the 24-hour clock, for example 16:00", "Enter a full web address starting https://, like https://example.org/booking",
                "Choose the host schools, or tick \u201cHosted by the whole partnership\u201d", "Choose a category");
        assertThat(page.select("input#venueName").val()).isEqualTo("Kept venue");
        assertThat(page.select("label[for=hostSchoolIds]").text()).isEqualTo("Abingdon School");
        assertThat(page.select("input#startDate").val()).isEqualTo("2031-02-30");
    }

    @Test
    void endBeforeStartIsRefused() throws Exception {
        Document page = page(form(post("/admin/events"), "Backwards", "2031-06-20", "17:00", "16:00")
                .param("action", "save"), 400);
        assertThat(page.select("#endTime-error").text()).contains("The end must be after the start");
    }

    @Test
    void previewShowsTheRenderedDescriptionOnTheWholePublicPageWithoutSaving() throws Exception {
        String title = "Preview only " + UUID.randomUUID().toString().substring(0, 8);
        Document page = page(form(post("/admin/events"), title, "2031-06-21", "16:00", "17:00")
                .param("description", "Some **bold** text").param("action", "preview"), 200);

        assertThat(page.select(".prose strong").text()).isEqualTo("bold");
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("form.notice input[name=title]").val()).isEqualTo(title);
        assertThat(jdbc.sql("select count(*) from event where title = :title").param("title", title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void cancellingShowsTheReasonAtTheTopOfThePublicPage() throws Exception {
        long id = create("Orchestra day " + UUID.randomUUID().toString().substring(0, 8), "2031-07-01", "10:00", "15:00", "publish");
        mvc.perform(post("/admin/events/" + id + "/cancel").with(csrf()).cookie(coordinator)
                .param("reason", "The hall roof is being repaired.").param("version", version(id)))
                .andExpect(redirectedUrl("/admin/events/" + id));

        Document page = page("/events/" + slugOf(id), 200);
        assertThat(page.select(".notice--cancelled").text()).contains("The hall roof is being repaired.");
        assertThat(body("/events/" + slugOf(id) + ".ics")).contains("STATUS:CANCELLED");
    }

    @Test
    void cancellingWithoutAReasonIsRefusedByTheField() throws Exception {
        long id = create("Quiz night " + UUID.randomUUID().toString().substring(0, 8), "2031-07-02", "18:00", "20:00", "publish");
        Document page = page(post("/admin/events/" + id + "/cancel").with(csrf()).cookie(coordinator)
                .param("reason", "").param("version", version(id)), 400);
        assertThat(page.select("#reason-error").text()).contains("Enter the reason for cancelling");
    }

    @Test
    void postponingCancelsTheEventAndMakesALinkedDraftOnTheNewDate() throws Exception {
        long id = create("Sports fixture " + UUID.randomUUID().toString().substring(0, 8), "2031-07-03", "14:00", "16:00", "publish");
        var request = form(post("/admin/events/" + id + "/postpone"), "Sports fixture (new date)", "2031-07-10", "14:00", "16:00")
                .param("version", version(id)).param("reason", "Postponed because of the weather.");

        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();

        long replacement = Long.parseLong(location.substring("/admin/events/".length()));
        assertThat(jdbc.sql("select status || ' ' || postponed_to_id from event where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("CANCELLED " + replacement);
        assertThat(jdbc.sql("select status from event where id = :id").param("id", replacement).query(String.class)
                .single()).isEqualTo("DRAFT");
    }

    @Test
    void onlyDraftsCanBeDeletedAndOnlyAfterConfirming() throws Exception {
        long draft = create("Draft to delete " + UUID.randomUUID().toString().substring(0, 8), "2031-07-04", "10:00", "11:00", "save");
        long published = create("Published stays " + UUID.randomUUID().toString().substring(0, 8), "2031-07-05", "10:00", "11:00", "publish");

        assertThat(page("/admin/events/" + draft + "/delete", 200).select("h1").text()).startsWith("Delete");
        mvc.perform(post("/admin/events/" + published + "/delete").with(csrf()).cookie(coordinator)
                .param("version", version(published))).andExpect(redirectedUrl("/admin/events/" + published));
        mvc.perform(post("/admin/events/" + draft + "/delete").with(csrf()).cookie(coordinator)
                .param("version", version(draft))).andExpect(redirectedUrl("/admin/events"));

        assertThat(jdbc.sql("select count(*) from event where id in (:ids)").param("ids", List.of(draft, published))
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * One coordinator deletes a draft while another edits it: the editor's save is not lost. The form comes back as a
     * new event's, with what they typed and a message saying why, and saving it adds the draft again.
     */
    @Test
    void aDraftDeletedWhileBeingEditedKeepsWhatTheEditorTypedAsANewDraft() throws Exception {
        String title = "Deleted meanwhile " + UUID.randomUUID().toString().substring(0, 8);
        long draft = create(title, "2031-07-07", "10:00", "11:00", "save");
        String opened = version(draft);
        mvc.perform(post("/admin/events/" + draft + "/delete").with(csrf()).cookie(coordinator).param("version", opened))
                .andExpect(redirectedUrl("/admin/events"));

        Document page = page(form(post("/admin/events/" + draft), title + " (changed)", "2031-07-08", "10:00", "11:00")
                .param("version", opened).param("action", "save"), 404);

        assertThat(page.select(".error-summary").text()).contains("This draft was deleted after you opened it");
        assertThat(page.select("input#title").val()).isEqualTo(title + " (changed)");
        assertThat(page.select("input#startDate").val()).isEqualTo("2031-07-08");
        var again = post("/admin/events").with(csrf()).cookie(coordinator).param("action", "save");
        page.select("form[method=post][action=/admin/events]").forms().getFirst().formData()
                .forEach(field -> again.param(field.key(), field.value()));
        mvc.perform(again).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from event where title = :title").param("title", title + " (changed)")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void draftPreviewLooksLikeThePublicPageButOnlyForCoordinators() throws Exception {
        long id = create("Draft preview " + UUID.randomUUID().toString().substring(0, 8), "2031-07-06", "10:00", "11:00", "save");

        Document preview = page("/admin/events/" + id + "/preview", 200);

        assertThat(preview.select(".notice--warning").text()).contains("this draft is not on the public site");
        assertThat(preview.select(".summary-list time").text()).isEqualTo("Sun 6 Jul 2031, 10:00–11:00");
        mvc.perform(get("/events/" + slugOf(id))).andExpect(status().isNotFound());
    }

    @Test
    void adminListFiltersByStatusAndSearchesTitles() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        create("Filter draft " + marker, "2031-08-01", "10:00", "11:00", "save");
        create("Filter published " + marker, "2031-08-02", "10:00", "11:00", "publish");

        assertThat(page("/admin/events?status=DRAFT&q=" + marker, 200).select("tbody a").eachText())
                .containsExactly("Filter draft " + marker);
        mvc.perform(get("/admin/events").param("status", "nonsense").cookie(coordinator)).andExpect(status().isBadRequest());
    }

    @Test
    void dashboardShowsDraftsAndRecentChangesByNameWithLinksToTheItems() throws Exception {
        String title = "Dashboard draft " + UUID.randomUUID().toString().substring(0, 8);
        // Other classes' drafts and changes share this database: this draft is the soonest and its change the latest,
        // so the dashboard's five of each show them whatever ran before.
        Instant latestChange = jdbc.sql("select coalesce(max(at), timestamptz 'epoch') from audit_entry")
                .query(OffsetDateTime.class).single().toInstant();
        clock.stopNow();
        clock.moveTo(Collections.max(List.of(clock.instant(), latestChange)).plus(Duration.ofMinutes(1)));
        long id = create(title, "1999-01-15", "10:00", "11:00", "save");

        Document dashboard = page("/admin", 200);

        assertThat(dashboard.select("h2").eachText()).contains("Coming up", "Drafts", "Recent changes");
        // Issue 19: the person's name, not their e-mail address, and a link to what they changed.
        assertThat(dashboard.select(".dashboard__list").text()).contains(title,
                "Jessica Burns created the event \u201c" + title + "\u201d")
                .doesNotContain("jessica.burns@ox14.example.org");
        assertThat(dashboard.select(".dashboard__list a:contains(\u201c" + title + "\u201d)").attr("href"))
                .isEqualTo("/admin/events/" + id);
    }

    @Test
    void representativeIsRefusedEveryEventAdminRoute() throws Exception {
        Cookie representative = session("radley-college@ox14.example.org", "representative demo maple");
        for (String path : List.of("/admin/events", "/admin/events/new", "/admin/events/1", "/admin/events/1/cancel",
                "/admin/events/1/postpone", "/admin/events/1/delete", "/admin/events/1/preview")) {
            mvc.perform(get(path).cookie(representative)).andExpect(status().isForbidden());
        }
        for (String path : List.of("/admin/events", "/admin/events/1", "/admin/events/1/publish",
                "/admin/events/1/unpublish", "/admin/events/1/reinstate", "/admin/events/1/cancel", "/admin/events/1/postpone", "/admin/events/1/delete")) {
            mvc.perform(post(path).with(csrf()).cookie(representative).param("version", "0"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void postponingToTheSameStartIsRefusedByTheFieldAndNothingIsCancelled() throws Exception {
        long id = create("Same day " + UUID.randomUUID().toString().substring(0, 8), "2031-07-03", "14:00", "16:00",
                "publish");

        Document page = page(form(post("/admin/events/" + id + "/postpone"), "Same day", "2031-07-03", "14:00", "16:00")
                .param("version", version(id)).param("reason", "Rain."), 400);

        assertThat(page.select("#startDate-error").text()).contains("Choose a new date or time: the event already starts then");
        assertThat(page.select("input#startDate").val()).isEqualTo("2031-07-03");
        assertThat(jdbc.sql("select status from event where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PUBLISHED");
        assertThat(jdbc.sql("select count(*) from event where postponed_to_id is not null and id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void cancelledEventCanBeReinstatedSoPhonesRestoreItButAPostponedOneCannot() throws Exception {
        long id = create("Reinstated talk " + UUID.randomUUID().toString().substring(0, 8), "2031-07-04", "14:00",
                "15:00", "publish");
        mvc.perform(post("/admin/events/" + id + "/cancel").with(csrf()).cookie(coordinator)
                .param("reason", "Speaker unwell.").param("version", version(id))).andExpect(status().is3xxRedirection());
        int cancelledSequence = jdbc.sql("select sequence from event where id = :id").param("id", id)
                .query(Integer.class).single();
        assertThat(page("/admin/events/" + id, 200).select("button:containsOwn(Reinstate the event)")).hasSize(1);

        mvc.perform(post("/admin/events/" + id + "/reinstate").with(csrf()).cookie(coordinator)
                .param("version", version(id))).andExpect(redirectedUrl("/admin/events/" + id));

        assertThat(jdbc.sql("select status || ' ' || cancellation_reason || (cancelled_at is null) from event where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo("PUBLISHED true");
        assertThat(jdbc.sql("select sequence from event where id = :id").param("id", id).query(Integer.class).single())
                .isGreaterThan(cancelledSequence);
        assertThat(auditActions(id)).contains("reinstated");
        assertThat(body("/events/" + slugOf(id))).doesNotContain("This event has been cancelled");

        long postponed = create("Postponed talk " + UUID.randomUUID().toString().substring(0, 8), "2031-07-05",
                "14:00", "15:00", "publish");
        mvc.perform(form(post("/admin/events/" + postponed + "/postpone"), "Postponed talk", "2031-08-05", "14:00",
                "15:00").param("version", version(postponed)).param("reason", "")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/events/" + postponed + "/reinstate").with(csrf()).cookie(coordinator)
                .param("version", version(postponed))).andExpect(redirectedUrl("/admin/events/" + postponed));
        assertThat(jdbc.sql("select status from event where id = :id").param("id", postponed).query(String.class)
                .single()).isEqualTo("CANCELLED");
    }

    @Test
    void aTimeTheClocksSkipIsRefusedAndOneTheyRepeatIsTheFirstAndTheFormSaysSo() throws Exception {
        Document skipped = page(form(post("/admin/events"), "Night walk", "2027-03-28", "01:30", "03:00")
                .param("action", "save"), 400);
        assertThat(skipped.select("#startTime-error").text()).contains(
                "The clocks go forward an hour on Sunday 28 March 2027, so 01:30 does not happen that night");
        assertThat(skipped.select("input#startTime").val()).isEqualTo("01:30");

        long id = create("Star gazing " + UUID.randomUUID().toString().substring(0, 8), "2027-10-31", "01:30", "03:00",
                "save");

        assertThat(jdbc.sql("select starts_at from event where id = :id").param("id", id)
                .query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(java.time.Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(page("/admin/events/" + id, 200).select(".notice--info").text()).contains(
                "01:30 on Sunday 31 October 2027 happens twice, because the clocks go back an hour that night. "
                        + "This event is set for the first 01:30 (British Summer Time), an hour before the second.");
    }

    // --- helpers ---

    private long create(String title, String date, String start, String end, String action) throws Exception {
        String location = mvc.perform(form(post("/admin/events"), title, date, start, end).param("action", action))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/admin/events/".length()));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title, String date,
                                               String start, String end) {
        long category = jdbc.sql("select id from category where slug = 'academic'").query(Long.class).single();
        long school = jdbc.sql("select id from school where slug = 'radley-college'").query(Long.class).single();
        return request.with(csrf()).cookie(coordinator)
                .param("title", title).param("summary", "A test event.").param("description", "Some text.")
                .param("startDate", date).param("startTime", start).param("endTime", end)
                .param("venueName", "Main Hall").param("venueAddress", "Kennington Road, Radley OX14 2HR")
                .param("hostSchoolIds", String.valueOf(school)).param("categoryId", String.valueOf(category))
                .param("audiences", "STUDENTS").param("yearGroups", "12");
    }

    /**
     * The edit form as the coordinator would send it: every field as the form shows it, opened at
     * {@code version}, with {@code changes} (name, value, name, value…) typed over it.
     */
    private MockHttpServletRequestBuilder edit(long id, String version, String... changes) throws Exception {
        Document form = page("/admin/events/" + id, 200);
        var values = new java.util.LinkedHashMap<String, List<String>>();
        for (var input : form.select("form[action=/admin/events/" + id + "] input[name], form[action=/admin/events/" + id + "] textarea, form[action=/admin/events/" + id + "] select")) {
            String name = input.attr("name");
            if (name.equals("_csrf") || name.startsWith("_")) {
                continue;
            }
            String value;
            // A browser sends a checkbox or a radio button only when it is checked.
            if (input.attr("type").equals("checkbox") || input.attr("type").equals("radio")) {
                if (!input.hasAttr("checked")) {
                    continue;
                }
                value = input.val();
            } else if (input.tagName().equals("select")) {
                var selected = input.select("option[selected]");
                value = selected.isEmpty() ? "" : selected.first().val();
            } else if (input.tagName().equals("textarea")) {
                value = input.text();
            } else {
                value = input.val();
            }
            values.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
        values.put("version", List.of(version));
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], List.of(changes[i + 1]));
        }
        var request = post("/admin/events/" + id).with(csrf()).cookie(coordinator).param("action", "save");
        values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        return request;
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from event where id = :id").param("id", id).query(Long.class).single());
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from event where id = :id").param("id", id).query(String.class).single();
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("select action from audit_entry where item_type = 'event' and item_id = :id order by id")
                .param("id", id).query(String.class).list();
    }

    private static int sequence(String ics) {
        var matcher = java.util.regex.Pattern.compile("SEQUENCE:(\\d+)").matcher(ics);
        assertThat(matcher.find()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private Document page(String path, int expected) throws Exception {
        return page(get(path).cookie(coordinator), expected);
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
