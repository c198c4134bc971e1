package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

/**
 * Issue 19, the coordinator: the events list from today with times, pages, status tags and a series as one row; bulk
 * publish and cancel; duplicating; unpublishing after a confirmation; cancelling and editing a whole series; what
 * the coordinator is told, refusals as warnings; and that representatives are refused all of it.
 */
// The context of EventAdminTest (page cache on, StatementCounter imported), so it is started once for both.
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class EventAdminJourneysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MockMvc mvc;
    private final DataSource dataSource;
    private final PageCache pageCache;
    private final JdbcClient jdbc;

    private Cookie coordinator;
    private String prefix;

    @Autowired
    EventAdminJourneysTest(MockMvc mvc, DataSource dataSource, PageCache pageCache, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.pageCache = pageCache;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        PageCaching.awaitListening(pageCache);
        coordinator = session("jessica.burns@ox14.example.org", "coordinator demo walnut");
        prefix = "Journey-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theListStartsAtTodayInDateOrderWithTimesPagesAndStatusTags() throws Exception {
        LocalDate today = LocalDate.now(LONDON);
        // 26 events from today on, the furthest first in the table, and one in the past.
        insert(prefix + " later", today.plusDays(60), 0, "PUBLISHED");
        for (int i = 0; i < 24; i++) {
            insert(prefix + " middle " + i, today.plusDays(20 + i), 0, "DRAFT");
        }
        long soonest = insert(prefix + " soonest", today.plusDays(2), 0, "PUBLISHED");
        insert(prefix + " past", today.minusDays(3), 0, "PUBLISHED");
        jdbc.sql("update event set status = 'CANCELLED', cancelled_at = now() where title = :title")
                .param("title", prefix + " middle 0").update();

        Document first = page("/admin/events?q=" + prefix);
        List<String> titles = first.select("tbody tr td:nth-child(2) > a").eachText();
        assertThat(titles).hasSize(25).startsWith(prefix + " soonest", prefix + " middle 0")
                .doesNotContain(prefix + " past", prefix + " later");
        assertThat(first.select("tbody tr").first().select("td").get(2).text())
                .isEqualTo(new EventTimes(null).day(today.plusDays(2)) + ", 16:00\u201317:30");
        assertThat(first.select("tbody tr").first().select(".label").text()).isEqualTo("Published");
        assertThat(first.select("tbody tr").get(1).select(".label").text()).isEqualTo("Cancelled");
        assertThat(first.select("tbody tr").get(2).select(".label").text()).isEqualTo("Draft");
        assertThat(first.select(".pagination__current").text()).isEqualTo("Page 1 of 2");
        assertThat(first.select("caption").text()).isEqualTo("Events from today, soonest first");
        assertThat(first.select("input[name=ids]").first().val()).isEqualTo(String.valueOf(soonest));

        Document second = page("/admin/events?q=" + prefix + "&page=2");
        assertThat(second.select("tbody tr td:nth-child(2) > a").eachText()).containsExactly(prefix + " later");
        assertThat(second.select(".pagination__current").text()).isEqualTo("Page 2 of 2");

        Document past = page("/admin/events?when=past&q=" + prefix);
        assertThat(past.select("tbody tr td:nth-child(2) > a").eachText()).containsExactly(prefix + " past");
        assertThat(past.select(".event-tabs a[aria-current=page]").text()).isEqualTo("Past events");
        assertThat(past.select(".pagination")).isEmpty();

        mvc.perform(get("/admin/events").param("when", "someday").cookie(coordinator)).andExpect(status().isBadRequest());
    }

    @Test
    void aSeriesIsOneRowThatOpensItsDatesAndAPostponedEventIsTaggedSo() throws Exception {
        long first = createSeries(prefix + " homework club", "2027-02-02", "4", "save");
        long postponed = insert(prefix + " postponed", LocalDate.now(LONDON).plusDays(5), 0, "CANCELLED");
        long replacement = insert(prefix + " replacement", LocalDate.now(LONDON).plusDays(9), 0, "DRAFT");
        jdbc.sql("update event set postponed_to_id = :to, cancelled_at = now() where id = :id")
                .param("to", replacement).param("id", postponed).update();

        Document list = page("/admin/events?q=" + prefix);
        var row = list.select("tbody tr").stream().filter(tr -> tr.text().contains("homework club")).findFirst()
                .orElseThrow();
        assertThat(row.select("td:nth-child(2) > a").text()).isEqualTo(prefix + " homework club: 4 dates");
        assertThat(row.select("td:nth-child(2) > a").attr("href")).isEqualTo("/admin/events/" + first);
        assertThat(row.select("details summary").text()).isEqualTo("Show the 4 dates");
        assertThat(row.select("details li")).hasSize(4);
        assertThat(row.select("details li").first().text()).startsWith("Select Tue 2 Feb 2027, 16:00\u201317:30");
        assertThat(row.select("input[name=series]")).hasSize(1);
        assertThat(list.select("tbody tr").stream().filter(tr -> tr.text().contains(prefix + " postponed"))
                .findFirst().orElseThrow().select(".label").text()).isEqualTo("Postponed");
    }

    @Test
    void publishingASeriesSaysHowManyDatesAndWhichHolidaysWereSkipped() throws Exception {
        // Tuesdays from 2 February 2027, four times, skipping the demo's February half term (13 to 21 February).
        String made = mvc.perform(seriesForm(prefix + " club", "2027-02-02", "4").param("action", "save"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document saved = page(made);
        assertThat(saved.select(".notice--success").text())
                .contains("4 dates have been made, as drafts")
                .contains("Skipped for February half term: Tue 16 Feb 2027");
        long id = Long.parseLong(made.substring("/admin/events/".length()));

        mvc.perform(post("/admin/events/" + id + "/publish").with(csrf()).cookie(coordinator)
                .param("version", version(id)).param("wholeSeries", "true"))
                .andExpect(redirectedUrl("/admin/events/" + id));
        Document published = page("/admin/events/" + id);
        assertThat(published.select(".notice--success p").text())
                .isEqualTo("4 dates of the series have been published. They are on the calendar and in the feeds.");
        assertThat(published.select(".notice--success li").eachText())
                .containsExactly("Skipped for February half term: Tue 16 Feb 2027");
    }

    @Test
    void bulkPublishReportsHowManyWereChangedAndWhichWereRefusedAndWhy() throws Exception {
        LocalDate day = LocalDate.now(LONDON).plusDays(30);
        long draftOne = insert(prefix + " one", day, 0, "DRAFT");
        long draftTwo = insert(prefix + " two", day.plusDays(1), 0, "DRAFT");
        long published = insert(prefix + " three", day.plusDays(2), 0, "PUBLISHED");
        long series = createSeries(prefix + " series", "2027-03-02", "3", "save");
        long seriesId = jdbc.sql("select series_id from event where id = :id").param("id", series).query(Long.class).single();

        mvc.perform(post("/admin/events/bulk").with(csrf()).cookie(coordinator).param("action", "publish")
                        .param("ids", String.valueOf(draftOne), String.valueOf(draftTwo), String.valueOf(published))
                        .param("series", String.valueOf(seriesId)).param("back", "q=x&page=1"))
                .andExpect(redirectedUrl("/admin/events?q=x&page=1"));

        Document list = page("/admin/events?q=x&page=1");
        assertThat(list.select(".notice--success").text()).isEqualTo(
                "5 events have been published. They are on the calendar and in the feeds.");
        assertThat(list.select(".notice--warning[role=alert]").text()).startsWith("These were not changed:")
                .contains(prefix + " three (" + new EventTimes(null).day(day.plusDays(2)) + "): it is already published.");
        assertThat(jdbc.sql("select count(*) from event where title like :p and status = 'PUBLISHED'")
                .param("p", prefix + "%").query(Long.class).single()).isEqualTo(6);
        assertThat(auditActions(draftOne)).containsExactly("published");

        mvc.perform(post("/admin/events/bulk").with(csrf()).cookie(coordinator).param("action", "publish")
                .param("back", "https://evil.example/")).andExpect(redirectedUrl("/admin/events"));
        assertThat(page("/admin/events").select(".notice--warning[role=alert]").text())
                .isEqualTo("Nothing was changed: tick the events to publish or cancel first.");
    }

    @Test
    void bulkPublishRefusesADraftWhoseDateWasNeverSetAndPublishesTheOthers() throws Exception {
        LocalDate day = LocalDate.now(LONDON).plusDays(40);
        long flexible = insert(prefix + " flexible", day, 0, "DRAFT");
        long ready = insert(prefix + " ready", day.plusDays(1), 0, "DRAFT");
        jdbc.sql("update event set date_to_set = true where id = :id").param("id", flexible).update();

        mvc.perform(post("/admin/events/bulk").with(csrf()).cookie(coordinator).param("action", "publish")
                        .param("ids", String.valueOf(flexible), String.valueOf(ready)))
                .andExpect(redirectedUrl("/admin/events"));

        Document list = page("/admin/events");
        assertThat(list.select(".notice--success").text()).startsWith("1 event has been published.");
        assertThat(list.select(".notice--warning[role=alert]").text()).contains(prefix + " flexible ("
                + new EventTimes(null).day(day) + "): its date was never set (it was proposed as flexible)");
        assertThat(jdbc.sql("select status from event where id = :id").param("id", flexible).query(String.class)
                .single()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select status from event where id = :id").param("id", ready).query(String.class)
                .single()).isEqualTo("PUBLISHED");
    }

    @Test
    void bulkCancelAsksForOneReasonThenCancelsThePublishedOnes() throws Exception {
        LocalDate day = LocalDate.now(LONDON).plusDays(30);
        long published = insert(prefix + " published", day, 0, "PUBLISHED");
        long draft = insert(prefix + " draft", day.plusDays(1), 0, "DRAFT");

        Document confirm = Jsoup.parse(mvc.perform(post("/admin/events/bulk").with(csrf()).cookie(coordinator)
                        .param("action", "cancel").param("ids", String.valueOf(published), String.valueOf(draft)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirm.select("h1").text()).isEqualTo("Cancel these 2 events?");
        assertThat(confirm.select(".bulk-selection li").eachText()).hasSize(2);
        assertThat(auditActions(published)).isEmpty();

        Document missing = Jsoup.parse(mvc.perform(post("/admin/events/bulk/cancel").with(csrf()).cookie(coordinator)
                        .param("ids", String.valueOf(published), String.valueOf(draft)).param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(missing.title()).startsWith("Error: ");
        assertThat(missing.select("#reason-error").text()).contains("Enter the reason for cancelling");
        assertThat(missing.select("input[name=ids]").eachAttr("value"))
                .containsExactly(String.valueOf(published), String.valueOf(draft));

        mvc.perform(post("/admin/events/bulk/cancel").with(csrf()).cookie(coordinator)
                        .param("ids", String.valueOf(published), String.valueOf(draft)).param("reason", "Snow"))
                .andExpect(redirectedUrl("/admin/events"));
        Document list = page("/admin/events");
        assertThat(list.select(".notice--success").text()).startsWith("1 event has been cancelled.");
        assertThat(list.select(".notice--warning[role=alert] li").text())
                .isEqualTo(prefix + " draft (" + new EventTimes(null).day(day.plusDays(1))
                        + "): it is a draft, not on the public site: delete it from its page instead.");
        assertThat(jdbc.sql("select cancellation_reason from event where id = :id").param("id", published)
                .query(String.class).single()).isEqualTo("Snow");
        assertThat(auditActions(published)).containsExactly("cancelled");
    }

    @Test
    void duplicatingMakesADraftCopyOpenedWithAMessageOnceForADoubleClick() throws Exception {
        long original = insert(prefix + " original", LocalDate.now(LONDON).plusDays(12), 0, "PUBLISHED");
        String token = UUID.randomUUID().toString();

        String copyUrl = mvc.perform(post("/admin/events/" + original + "/duplicate").with(csrf()).cookie(coordinator)
                .param("_submission", token)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/admin/events/" + original + "/duplicate").with(csrf()).cookie(coordinator)
                .param("_submission", token)).andExpect(redirectedUrl(copyUrl));

        assertThat(copyUrl).matches("/admin/events/\\d+").isNotEqualTo("/admin/events/" + original);
        long copy = Long.parseLong(copyUrl.substring("/admin/events/".length()));
        Document page = page(copyUrl);
        assertThat(page.select(".notice--success").text()).isEqualTo("This is a copy of \u201c" + prefix
                + " original\u201d, saved as a draft. Change its dates and details, then publish it.");
        assertThat(page.select("#title").val()).isEqualTo(prefix + " original");
        assertThat(page.select("#venueName").val()).isEqualTo("Main Hall");
        assertThat(jdbc.sql("select status from event where id = :id").param("id", copy).query(String.class).single())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("select count(*) from event where title = :t").param("t", prefix + " original")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(auditActions(copy)).containsExactly("created");
    }

    @Test
    void unpublishingAsksFirstOnAPageOfItsOwn() throws Exception {
        long id = insert(prefix + " live", LocalDate.now(LONDON).plusDays(12), 0, "PUBLISHED");

        Document edit = page("/admin/events/" + id);
        assertThat(edit.select("form[action$=/unpublish]")).isEmpty();
        assertThat(edit.select("a[href=/admin/events/" + id + "/unpublish]").text()).isEqualTo("Unpublish");

        Document confirm = page("/admin/events/" + id + "/unpublish");
        assertThat(confirm.select("h1").text()).isEqualTo("Unpublish \u201c" + prefix + " live\u201d?");
        assertThat(confirm.select("form[action=/admin/events/" + id + "/unpublish] input[name=version]").val())
                .isEqualTo(version(id));
        assertThat(jdbc.sql("select status from event where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PUBLISHED");

        mvc.perform(post("/admin/events/" + id + "/unpublish").with(csrf()).cookie(coordinator)
                .param("version", version(id))).andExpect(redirectedUrl("/admin/events/" + id));
        assertThat(page("/admin/events/" + id).select(".notice--success").text())
                .isEqualTo("The event is a draft again and no longer on the public site.");
        mvc.perform(get("/admin/events/" + id + "/unpublish").cookie(coordinator))
                .andExpect(redirectedUrl("/admin/events/" + id));
        assertThat(page("/admin/events/" + id).select(".notice--warning[role=alert]").text())
                .isEqualTo("Only a published event can be unpublished.");
    }

    @Test
    void cancellingTheRestOfASeriesCancelsThisAndTheLaterDatesWithOneReason() throws Exception {
        long first = createSeries(prefix + " series", "2027-03-02", "4", "publish");
        List<Long> dates = seriesDates(first);
        long second = dates.get(1);

        Document cancel = page("/admin/events/" + second + "/cancel");
        assertThat(cancel.select("input[name=reach]").eachAttr("value")).containsExactly("this", "following", "all");

        mvc.perform(post("/admin/events/" + second + "/cancel").with(csrf()).cookie(coordinator)
                        .param("version", version(second)).param("reason", "Hall closed").param("reach", "following"))
                .andExpect(redirectedUrl("/admin/events/" + second));
        assertThat(page("/admin/events/" + second).select(".notice--success").text())
                .isEqualTo("3 dates of the series have been cancelled.");
        assertThat(statuses(dates)).containsExactly("PUBLISHED", "CANCELLED", "CANCELLED", "CANCELLED");
        assertThat(auditActions(dates.get(3))).endsWith("cancelled");

        mvc.perform(post("/admin/events/" + first + "/cancel").with(csrf()).cookie(coordinator)
                        .param("version", version(first)).param("reason", "x").param("reach", "sometimes"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/events/" + first + "/cancel").with(csrf()).cookie(coordinator)
                        .param("version", version(first)).param("reason", "All off").param("reach", "all"))
                .andExpect(redirectedUrl("/admin/events/" + first));
        assertThat(statuses(dates)).containsOnly("CANCELLED");
    }

    @Test
    void editingAllDatesOfASeriesChangesEachOnItsOwnDay() throws Exception {
        long first = createSeries(prefix + " series", "2027-03-02", "3", "save");
        List<Long> dates = seriesDates(first);
        long second = dates.get(1);
        Document form = page("/admin/events/" + second);
        assertThat(form.select("input[name=scope]").eachAttr("value")).containsExactly("this", "following", "all");

        mvc.perform(editOf(second, "scope", "all", "title", prefix + " renamed", "venueName", "Sports Hall",
                        "startTime", "15:00", "startDate", "2027-03-10"))
                .andExpect(status().isBadRequest());
        mvc.perform(editOf(second, "scope", "all", "title", prefix + " renamed", "venueName", "Sports Hall",
                        "startTime", "15:00"))
                .andExpect(redirectedUrl("/admin/events/" + second));

        List<String> rows = jdbc.sql("""
                        select title || ' / ' || venue_name || ' / ' || to_char(starts_at at time zone 'Europe/London',
                               'YYYY-MM-DD HH24:MI') from event where id in (:ids) order by starts_at""")
                .param("ids", dates).query(String.class).list();
        assertThat(rows).containsExactly(prefix + " renamed / Sports Hall / 2027-03-02 15:00",
                prefix + " renamed / Sports Hall / 2027-03-09 15:00", prefix + " renamed / Sports Hall / 2027-03-16 15:00");
        assertThat(auditActions(second)).endsWith("changed all dates");
    }

    @Test
    void refusalsAreWarningsWithRoleAlertNeverTheSuccessBanner() throws Exception {
        long published = insert(prefix + " published", LocalDate.now(LONDON).plusDays(12), 0, "PUBLISHED");
        mvc.perform(post("/admin/events/" + published + "/delete").with(csrf()).cookie(coordinator)
                .param("version", version(published))).andExpect(redirectedUrl("/admin/events/" + published));
        Document page = page("/admin/events/" + published);
        assertThat(page.select(".notice--success")).isEmpty();
        assertThat(page.select(".notice--warning[role=alert]").text()).startsWith("Only drafts can be deleted.");

        long self = jdbc.sql("select id from account where email = 'jessica.burns@ox14.example.org'")
                .query(Long.class).single();
        mvc.perform(post("/admin/users/" + self + "/deactivate").with(csrf()).cookie(coordinator))
                .andExpect(redirectedUrl("/admin/users"));
        Document users = page("/admin/users");
        assertThat(users.select(".notice--success")).isEmpty();
        assertThat(users.select(".notice--warning[role=alert]").text()).isEqualTo("You cannot deactivate your own account.");
    }

    @Test
    void afterInvitingTheSuccessMessageIsInView() throws Exception {
        String email = "invited-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/admin/users").with(csrf()).cookie(coordinator).param("email", email).param("role", "COORDINATOR"))
                .andExpect(redirectedUrl("/admin/users#main"));
        assertThat(page("/admin/users").select("main .notice--success").text())
                .isEqualTo("An invitation has been sent to " + email + ".");
    }

    @Test
    void aSavedVenueFillsTheEmptyVenueFieldsWithoutJavaScriptAndTypedOnesWin() throws Exception {
        insert(prefix + " held before", LocalDate.now(LONDON).plusDays(3), 0, "DRAFT");
        jdbc.sql("update event set venue_name = :name, venue_address = 'Theatre Lane, Abingdon OX14 1AA' "
                + "where title = :title").param("name", prefix + " Theatre").param("title", prefix + " held before").update();
        Document form = page("/admin/events/new");
        var option = form.select("#savedVenue option").stream()
                .filter(o -> o.text().equals(prefix + " Theatre, Theatre Lane, Abingdon OX14 1AA")).findFirst().orElseThrow();
        assertThat(form.select("label[for=savedVenue]").text()).isEqualTo("Choose a saved venue");
        assertThat(option.attr("data-address")).isEqualTo("Theatre Lane, Abingdon OX14 1AA");

        String made = mvc.perform(seriesForm(prefix + " filled", "2027-02-02", "2").param("repeats", "NONE")
                        .param("venueName", "").param("venueAddress", " ").param("savedVenue", option.val())
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document saved = page(made);
        assertThat(saved.select("#venueName").val()).isEqualTo(prefix + " Theatre");
        assertThat(saved.select("#venueAddress").val()).isEqualTo("Theatre Lane, Abingdon OX14 1AA");

        String typed = mvc.perform(seriesForm(prefix + " typed", "2027-02-02", "2").param("repeats", "NONE")
                        .param("venueName", "Typed Hall").param("venueAddress", "").param("savedVenue", option.val())
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(typed).select("#venueName").val()).isEqualTo("Typed Hall");
        mvc.perform(seriesForm(prefix + " odd", "2027-02-02", "2").param("repeats", "NONE").param("venueName", "")
                        .param("venueAddress", "").param("savedVenue", "not-a-venue").param("action", "save"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void representativesAreRefusedTheNewActions() throws Exception {
        Cookie representative = session("radley-college@ox14.example.org", "representative demo maple");
        mvc.perform(get("/admin/events/1/unpublish").cookie(representative)).andExpect(status().isForbidden());
        for (String path : List.of("/admin/events/bulk", "/admin/events/bulk/cancel", "/admin/events/1/duplicate")) {
            mvc.perform(post(path).with(csrf()).cookie(representative).param("action", "publish").param("ids", "1")
                    .param("reason", "x")).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/events/bulk").cookie(coordinator).param("action", "publish").param("ids", "1"))
                .andExpect(status().isForbidden());
    }

    // --- helpers ---

    /** An event straight into the table: 16:00 to 17:30 on {@code day}, hosted by Radley College. */
    private long insert(String title, LocalDate day, int unused, String status) {
        long id = jdbc.sql("""
                        insert into event (title, slug, all_day, starts_at, ends_at, category_id, status, cancelled_at,
                                           venue_name, venue_address)
                        values (:title, :slug, false, (:day + time '16:00') at time zone 'Europe/London',
                                (:day + time '17:30') at time zone 'Europe/London',
                                (select id from category where slug = 'academic'), :status,
                                case when :status = 'CANCELLED' then now() end, 'Main Hall', 'Radley OX14 2HR')
                        returning id""")
                .param("title", title).param("slug", "j-" + UUID.randomUUID()).param("day", day)
                .param("status", status).query(Long.class).single();
        jdbc.sql("insert into event_host (event_id, school_id) select :id, id from school where slug = 'radley-college'")
                .param("id", id).update();
        return id;
    }

    private long createSeries(String title, String start, String count, String action) throws Exception {
        String location = mvc.perform(seriesForm(title, start, count).param("action", action))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/admin/events/".length()));
    }

    private MockHttpServletRequestBuilder seriesForm(String title, String start, String count) {
        long category = jdbc.sql("select id from category where slug = 'academic'").query(Long.class).single();
        long school = jdbc.sql("select id from school where slug = 'radley-college'").query(Long.class).single();
        return post("/admin/events").with(csrf()).cookie(coordinator)
                .param("title", title).param("summary", "A series.").param("description", "Text.")
                .param("startDate", start).param("startTime", "16:00").param("endTime", "17:30")
                .param("hostSchoolIds", String.valueOf(school)).param("categoryId", String.valueOf(category))
                .param("audiences", "STUDENTS").param("repeats", "WEEKLY").param("repeatEnd", "count")
                .param("repeatCount", count).param("skipTermBreaks", "true");
    }

    /** The edit form as the page fills it, with {@code changes} (name, value…) typed over it. */
    private MockHttpServletRequestBuilder editOf(long id, String... changes) throws Exception {
        Document form = page("/admin/events/" + id);
        var values = new java.util.LinkedHashMap<String, List<String>>();
        String selector = "form[action=/admin/events/" + id + "]";
        for (var input : form.select(selector + " input[name], " + selector + " textarea, " + selector + " select")) {
            String name = input.attr("name");
            if (name.startsWith("_")) {
                continue;
            }
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").stream().map(option -> option.val()).findFirst().orElse("")
                    : input.tagName().equals("textarea") ? input.text() : input.val();
            values.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], List.of(changes[i + 1]));
        }
        var request = post("/admin/events/" + id).with(csrf()).cookie(coordinator).param("action", "save");
        values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        return request;
    }

    private List<Long> seriesDates(long first) {
        return jdbc.sql("select id from event where series_id = (select series_id from event where id = :id) "
                + "order by starts_at").param("id", first).query(Long.class).list();
    }

    private List<String> statuses(List<Long> ids) {
        return jdbc.sql("select status from event where id in (:ids) order by starts_at").param("ids", ids)
                .query(String.class).list();
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from event where id = :id").param("id", id).query(Long.class).single());
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("select action from audit_entry where item_type = 'event' and item_id = :id order by id")
                .param("id", id).query(String.class).list();
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).cookie(coordinator)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
