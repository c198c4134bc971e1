package uk.partnership.features.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;

/**
 * Issue 22 end to end on PostgreSQL: the coordinator adds school calendars served by the tests' feed server (Google
 * Calendar, Outlook/Exchange and a floating-time producer), imports them, reviews, and the schools then change their
 * calendars (a moved time, a cancelled date, a removed entry, a new override). Each outcome is checked in the
 * database and in the public feed. Only this test's settings allow the feed server's host, "localhost".
 */
@SpringBootTest(properties = {"site.imports.allowed-test-hosts=localhost", "site.imports.timeout=PT8S"})
@AutoConfigureMockMvc
class ImportJourneyTest {

    static final FeedServer SERVER = new FeedServer();
    static final int Y = Fixtures.YEAR;

    final MockMvc mvc;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final UserDetailsService accounts;
    UserDetails coordinator;
    long academic;

    @Autowired
    ImportJourneyTest(MockMvc mvc, JdbcClient jdbc, DataSource dataSource, UserDetailsService accounts) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @BeforeEach
    void setUp() {
        DemoContent.load(dataSource);
        coordinator = accounts.loadUserByUsername("jessica.burns@ox14.example.org");
        academic = jdbc.sql("select min(id) from category").query(Long.class).single();
        // "Import now" reads every source: only this test's own are wanted.
        jdbc.sql("delete from import_source").update();
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(coordinator)).with(csrf());
    }

    long addSource(String school, String path, String keyword, boolean atOnce) throws Exception {
        mvc.perform(as(post("/admin/imports")).param("schoolId", schoolId(school)).param("url", SERVER.url(path))
                        .param("keyword", keyword).param("categoryId", String.valueOf(academic))
                        .param("publishAtOnce", String.valueOf(atOnce)))
                .andExpect(redirectedUrl("/admin/imports#main"));
        return jdbc.sql("select id from import_source where url = :url").param("url", SERVER.url(path))
                .query(Long.class).single();
    }

    String schoolId(String slug) {
        return jdbc.sql("select id::text from school where slug = :slug").param("slug", slug).query(String.class).single();
    }

    void importNow() throws Exception {
        mvc.perform(as(post("/admin/imports/run"))).andExpect(redirectedUrl("/admin/imports#main"));
    }

    Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(coordinator))).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    long item(long source, String title) {
        return jdbc.sql("select id from import_item where source_id = :source and title = :title order by starts_at limit 1")
                .param("source", source).param("title", title).query(Long.class).single();
    }

    Map<String, Object> eventOf(long item) {
        return jdbc.sql("""
                        select e.id, e.uid::text as uid, e.status, e.sequence, e.starts_at, e.venue_name, e.title
                        from event e where e.id = (select event_id from import_item where id = :item)
                        """)
                .param("item", item).query().singleRow();
    }

    static Instant startOf(Map<String, Object> event) {
        return ((java.sql.Timestamp) event.get("starts_at")).toInstant();
    }

    /** The VEVENT of the public feed with the event's UID. */
    String inFeed(Map<String, Object> event) throws Exception {
        String feed = mvc.perform(get("/events/feed.ics")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().replace("\r\n ", "");
        int uid = feed.indexOf("UID:" + event.get("uid"));
        assertThat(uid).as("the event is in the public feed").isPositive();
        return feed.substring(feed.lastIndexOf("BEGIN:VEVENT", uid), feed.indexOf("END:VEVENT", uid));
    }

    @Test
    void aGoogleCalendarIsReviewedAcceptedAndThenFollowedAsTheSchoolChangesIt() throws Exception {
        SERVER.serve("/radley.ics", "google.ics");
        long source = addSource("radley-college", "/radley.ics", "partnership", false);

        importNow();

        // The keyword leaves out the governors' meeting; the weekly club is three dates (one excluded).
        assertThat(jdbc.sql("select title from import_item where source_id = :s order by starts_at").param("s", source)
                .query(String.class).list()).containsExactly("Partnership: university applications evening",
                "Partnership INSET day", "Partnership robotics club", "Partnership robotics club (later start)",
                "Partnership robotics club");
        assertThat(jdbc.sql("select count(*) from import_item where decision = 'PENDING'").query(Long.class).single())
                .isEqualTo(5);
        Document review = page("/admin/imports/review");
        assertThat(review.select("#new").text()).isEqualTo("New entries (5)");
        assertThat(review.select(".import-list li h3").eachText()).contains("Partnership INSET day");

        // A second import of the same feed updates rather than duplicates (and its ETag answers 304).
        importNow();
        assertThat(jdbc.sql("select count(*) from import_item where source_id = :s").param("s", source)
                .query(Long.class).single()).isEqualTo(5);

        long evening = item(source, "Partnership: university applications evening");
        mvc.perform(as(post("/admin/imports/items/" + evening + "/accept")).param("categoryId", String.valueOf(academic)))
                .andExpect(redirectedUrl("/admin/imports/review#main"));
        mvc.perform(as(post("/admin/imports/review/accept-all"))).andExpect(redirectedUrl("/admin/imports/review#main"));

        Map<String, Object> event = eventOf(evening);
        assertThat(event.get("status")).isEqualTo("PUBLISHED");
        assertThat(startOf(event)).isEqualTo(Instant.parse(Y + "-03-03T16:00:00Z"));
        assertThat(event.get("venue_name")).isEqualTo("Radley College, Theatre, Abingdon OX14 2HR");
        assertThat(jdbc.sql("select count(*) from event_host where event_id = :e and school_id = :s")
                .param("e", event.get("id")).param("s", Long.parseLong(schoolId("radley-college")))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(inFeed(event)).contains("SUMMARY:Partnership: university applications evening", "SEQUENCE:1");
        assertThat(jdbc.sql("""
                        select action || ' ' || (changes -> 'imported from' ->> 'after') from audit_entry
                        where item_type = 'event' and item_id = :e and (changes -> 'imported from') is not null
                        """)
                .param("e", event.get("id")).query(String.class).list())
                .containsExactly("imported " + SERVER.url("/radley.ics"));
        assertThat(page("/admin/events/" + event.get("id")).select(".origin-notes").text())
                .contains("Imported from the calendar of Radley College: " + SERVER.url("/radley.ics"));
        // The coordinator's list says so too, in the event's own row (other tests' events may match the search).
        assertThat(page("/admin/events?q=applications")
                .select("tbody tr:has(a[href=/admin/events/" + event.get("id") + "])").eachText())
                .singleElement().satisfies(row -> assertThat(row).contains("university applications evening",
                        "Imported from the calendar of Radley College"));

        // The school changes its calendar.
        SERVER.serve("/radley.ics", "google-changed.ics");
        importNow();

        Map<String, Object> moved = eventOf(evening);
        assertThat(startOf(moved)).isEqualTo(Instant.parse(Y + "-03-03T17:00:00Z"));
        assertThat(moved.get("venue_name")).isEqualTo("Radley College, Sports hall, Abingdon OX14 2HR");
        // Published was SEQUENCE 1; each change from the school's calendar raises it.
        assertThat(moved.get("sequence")).isEqualTo(2);
        assertThat(inFeed(moved)).contains("SEQUENCE:2", "DTSTART;TZID=Europe/London:" + Y + "0303T170000", "LOCATION:Radley College\\, Sports hall");

        Map<String, Object> cancelledDate = eventOf(item(source, "Partnership robotics club (later start)"));
        assertThat(cancelledDate.get("status")).isEqualTo("CANCELLED");
        assertThat(inFeed(cancelledDate)).contains("STATUS:CANCELLED", "SEQUENCE:2");

        Map<String, Object> removed = eventOf(item(source, "Partnership INSET day"));
        assertThat(removed.get("status")).isEqualTo("CANCELLED");
        assertThat(inFeed(removed)).contains("STATUS:CANCELLED");

        Map<String, Object> override = eventOf(item(source, "Partnership robotics club (a day later)"));
        assertThat(startOf(override)).isEqualTo(Instant.parse(Y + "-06-23T15:00:00Z"));
        assertThat(override.get("sequence")).isEqualTo(2);

        Document changes = page("/admin/imports/review");
        assertThat(changes.select("#changed + p + ul li").eachText()).hasSize(4)
                .anyMatch(line -> line.startsWith("Moved Partnership: university applications evening"))
                .anyMatch(line -> line.startsWith("Cancelled Partnership robotics club (later start)"))
                .anyMatch(line -> line.startsWith("Removed Partnership INSET day"));
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where action = 'cancelled by its calendar'
                            and changes -> 'imported from' ->> 'after' = :url
                        """)
                .param("url", SERVER.url("/radley.ics")).query(Long.class).single()).isEqualTo(2);

        mvc.perform(as(post("/admin/imports/review/seen"))).andExpect(redirectedUrl("/admin/imports/review#main"));
        assertThat(page("/admin/imports/review").select("#changed + p").text())
                .isEqualTo("Nothing has changed since you last looked.");
    }

    @Test
    void anOutlookCalendarsIgnoredEntryIsRememberedAndACancelledOneIsNeverOffered() throws Exception {
        SERVER.serve("/fitzharrys.ics", "outlook.ics");
        long source = addSource("fitzharrys-school", "/fitzharrys.ics", "", false);
        importNow();

        assertThat(jdbc.sql("select title from import_item where source_id = :s order by starts_at").param("s", source)
                .query(String.class).list()).containsExactly("Year 9 careers fair", "Sports day");
        assertThat(jdbc.sql("select starts_at from import_item where source_id = :s and title = 'Year 9 careers fair'")
                .param("s", source).query(OffsetDateTime.class).single().toInstant())
                .isEqualTo(Instant.parse(Y + "-06-17T15:00:00Z"));

        long sports = item(source, "Sports day");
        mvc.perform(as(post("/admin/imports/items/" + sports + "/ignore")))
                .andExpect(redirectedUrl("/admin/imports/review#main"));
        jdbc.sql("update import_source set etag = null").update();
        importNow();

        assertThat(jdbc.sql("select decision from import_item where id = :id").param("id", sports)
                .query(String.class).single()).isEqualTo("IGNORED");
        assertThat(page("/admin/imports/review").select(".import-list li h3").eachText())
                .containsExactly("Year 9 careers fair");
    }

    @Test
    void aSourcePublishedStraightAwayMakesEventsWithoutReviewInTheSchoolsZone() throws Exception {
        SERVER.serve("/larkmead.ics", "floating.ics");
        long source = addSource("larkmead-school", "/larkmead.ics", "", true);
        importNow();

        Map<String, Object> open = eventOf(item(source, "Open morning"));
        assertThat(open.get("status")).isEqualTo("PUBLISHED");
        // Floating 09:00 is London's: 08:00Z in summer; no end: an hour.
        assertThat(startOf(open)).isEqualTo(Instant.parse(Y + "-06-10T08:00:00Z"));
        assertThat(inFeed(open)).contains("SUMMARY:Open morning");
        assertThat(page("/admin/imports/review").select("#changed + p + ul li").eachText())
                .anyMatch(line -> line.startsWith("Published Open morning"));
    }

    @Test
    void brokenFeedsAreReportedOnTheirRowsAndNeverStopTheOthers() throws Exception {
        SERVER.serve("/good.ics", "floating.ics");
        long page = addSource("abingdon-school", "/page.html", "", false);
        long big = addSource("abingdon-school", "/oversized.ics", "", false);
        long loopback = addSource("abingdon-school", "/to-loopback.ics", "", false);
        long slow = addSource("abingdon-school", "/slow.ics", "", false);
        long good = addSource("abingdon-school", "/good.ics", "", false);

        importNow();

        Map<Long, String> problems = Map.of(page, "The address answered with something that is not an iCalendar file.",
                big, "The calendar is larger than 5 MB.",
                loopback, "127.0.0.1 is a private, local or reserved address: the import only reads the public internet.",
                slow, "The address took longer than 8 seconds to answer.", good, "");
        problems.forEach((id, problem) -> assertThat(jdbc.sql("select last_problem from import_source where id = :id")
                .param("id", id).query(String.class).single()).as("source " + id).isEqualTo(problem));
        assertThat(jdbc.sql("select count(*) from import_item where source_id = :s").param("s", good)
                .query(Long.class).single()).isEqualTo(2);
        Document sources = page("/admin/imports");
        assertThat(sources.select("#source-" + big).text()).contains("Not working", "The calendar is larger than 5 MB.",
                "It has never worked.");
        assertThat(sources.select("#source-" + good).text()).contains("2 entries, read");
    }

    @Test
    void anAddressThatCannotBeImportedGetsAMessageByTheFieldAndIsKept() throws Exception {
        MvcResult result = mvc.perform(as(post("/admin/imports")).param("schoolId", schoolId("radley-college"))
                        .param("url", "ftp://example.org/calendar.ics").param("keyword", "")
                        .param("categoryId", String.valueOf(academic)).param("publishAtOnce", "false"))
                .andExpect(status().isBadRequest()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#url-error").text()).contains("Enter an address starting https://, http:// or webcal://");
        assertThat(page.select("input[name=url]").val()).isEqualTo("ftp://example.org/calendar.ics");
        assertThat(jdbc.sql("select count(*) from import_source").query(Long.class).single()).isZero();
        assertThat(List.of(page.select(".error-summary a").attr("href"))).containsExactly("#url");
    }
}
