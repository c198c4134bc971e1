package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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

import uk.partnership.support.DemoContent;

/**
 * Repeating events, as the coordinator makes and changes them and as visitors and subscribed calendars see them:
 * every occurrence is an event of its own (own page, UID, SEQUENCE), times stay local across the clock change,
 * one date can move or be cancelled alone, and "this and following events" splits the series.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventSeriesTest {

    private final MockMvc mvc;

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    @Autowired
    EventSeriesTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        coordinator = session("jessica.burns@ox14.example.org", "coordinator demo walnut");
    }

    @Test
    void weeklySeriesKeepsItsLocalTimeAcrossTheOctoberClockChangeWithStableUids() throws Exception {
        String title = unique("Peer mentoring");
        publishWeekly(title, "2026-10-13", 4);

        List<VEvent> first = occurrences(title);
        List<VEvent> second = occurrences(title);

        assertThat(first).extracting(event -> instant(event, Property.DTSTART)).containsExactly(
                Instant.parse("2026-10-13T15:00:00Z"), Instant.parse("2026-10-20T15:00:00Z"),
                Instant.parse("2026-10-27T16:00:00Z"), Instant.parse("2026-11-03T16:00:00Z"));
        assertThat(first).extracting(event -> instant(event, Property.DTSTART).atZone(EventFixtures.LONDON).toLocalTime())
                .containsOnly(LocalTime.of(16, 0));
        assertThat(uids(first)).doesNotHaveDuplicates().hasSize(4).isEqualTo(uids(second));
        List<Long> ids = idsOf(title);
        assertThat(jdbc.sql("select count(distinct series_id) from event where id in (:ids)").param("ids", ids)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_entry where item_type = 'event' and item_id in (:ids) order by id")
                .param("ids", ids).query(String.class).list()).containsExactly("created", "published");
    }

    @Test
    void occurrencePageSaysItRepeatsAndLinksTheOtherDates() throws Exception {
        String title = unique("Student voice");
        mvc.perform(series(title, "2031-09-09", "15:30", "16:30", "MONTHLY_WEEKDAY").param("repeatEnd", "date")
                        .param("repeatUntil", "2031-12-31").param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        List<Long> ids = idsOf(title);

        Document page = page("/events/" + slugOf(ids.getFirst()), 200);

        assertThat(ids).hasSize(4);
        assertThat(page.select(".series-rule").text())
                .isEqualTo("Repeats monthly on the second Tuesday of the month until Tuesday 9 December 2031.");
        assertThat(page.select(".series-dates a").eachAttr("href")).containsExactly(
                "/events/" + slugOf(ids.get(1)), "/events/" + slugOf(ids.get(2)), "/events/" + slugOf(ids.get(3)));
        assertThat(page.select(".series-dates time").eachText()).containsExactly(
                "Tue 14 Oct 2031, 15:30–16:30", "Tue 11 Nov 2031, 15:30–16:30", "Tue 9 Dec 2031, 15:30–16:30");
        assertThat(slugOf(ids.get(1))).endsWith("-2031-10-14");
        // Opened from a calendar filtered to its host, the other dates keep the filter, as the way back does.
        assertThat(page("/events/" + slugOf(ids.getFirst()) + "?school=larkmead-school", 200)
                .select(".series-dates a").eachAttr("href")).first()
                .isEqualTo("/events/" + slugOf(ids.get(1)) + "?school=larkmead-school");
    }

    @Test
    void oneDateMovedToAnotherDayKeepsItsUidWithAHigherSequenceAndTheOthersAreUnchanged() throws Exception {
        String title = unique("Coaching");
        List<Long> ids = publishWeekly(title, "2031-03-04", 3);
        Map<String, VEvent> before = byUid(occurrences(title));

        mvc.perform(edit(ids.get(1), "startDate", "2031-03-13", "endDate", "2031-03-13"))
                .andExpect(status().is3xxRedirection());

        Map<String, VEvent> after = byUid(occurrences(title));
        String moved = uidOf(ids.get(1));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(instant(after.get(moved), Property.DTSTART)).isEqualTo(Instant.parse("2031-03-13T16:00:00Z"));
        assertThat(sequence(after.get(moved))).isEqualTo(sequence(before.get(moved)) + 1);
        for (long other : List.of(ids.get(0), ids.get(2))) {
            String uid = uidOf(other);
            assertThat(instant(after.get(uid), Property.DTSTART)).isEqualTo(instant(before.get(uid), Property.DTSTART));
            assertThat(sequence(after.get(uid))).isEqualTo(sequence(before.get(uid)));
        }
        assertThat(page("/events/" + slugOf(ids.get(1)), 200).select(".series-rule").text()).startsWith("Repeats weekly");
    }

    @Test
    void changingTheRepeatOfThisEventOnlyIsRefusedByTheChoiceOfEventsAndKeepsWhatWasTyped() throws Exception {
        String title = unique("Homework club");
        List<Long> ids = publishWeekly(title, "2031-09-02", 3);
        String before = jdbc.sql("select string_agg(starts_at || ' ' || version, ',' order by id) from event where series_id = :id")
                .param("id", seriesOf(ids.getFirst())).query(String.class).single();

        Document changed = page(edit(ids.get(1), "repeats", "FORTNIGHTLY", "title", title + " (moved)"), 400);
        Document tampered = page(edit(ids.get(1), "scope", "everything"), 400);

        assertThat(changed.select("#scope-error").text()).contains("You changed how the event repeats");
        assertThat(changed.select("input[name=repeats][checked]").val()).isEqualTo("FORTNIGHTLY");
        assertThat(changed.select("input#title").val()).isEqualTo(title + " (moved)");
        assertThat(tampered.select("#scope-error").text()).contains("Choose which events to change");
        assertThat(jdbc.sql("select string_agg(starts_at || ' ' || version, ',' order by id) from event where series_id = :id")
                .param("id", seriesOf(ids.getFirst())).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void cancellingOneDateMarksOnlyThatOneCancelledInTheFeed() throws Exception {
        String title = unique("Revision club");
        List<Long> ids = publishWeekly(title, "2031-04-01", 3);

        mvc.perform(post("/admin/events/" + ids.get(2) + "/cancel").with(csrf()).cookie(coordinator)
                        .param("reason", "The hall is closed.").param("version", version(ids.get(2))))
                .andExpect(status().is3xxRedirection());

        Map<String, VEvent> feed = byUid(occurrences(title));
        assertThat(feed).hasSize(3);
        assertThat(eventStatus(feed.get(uidOf(ids.get(2))))).isEqualTo("CANCELLED");
        assertThat(eventStatus(feed.get(uidOf(ids.get(0))))).isEqualTo("CONFIRMED");
        assertThat(eventStatus(feed.get(uidOf(ids.get(1))))).isEqualTo("CONFIRMED");
        assertThat(page("/events/" + slugOf(ids.get(0)), 200).select(".series-dates li").last().text())
                .contains("Cancelled");
    }

    @Test
    void thisAndFollowingEventsSplitsTheSeriesAndLeavesEarlierDatesAlone() throws Exception {
        String title = unique("Debating");
        List<Long> ids = publishWeekly(title, "2031-05-06", 6);
        long oldSeries = seriesOf(ids.getFirst());
        Map<Long, String> earlier = new LinkedHashMap<>();
        for (long id : ids.subList(0, 3)) {
            earlier.put(id, jdbc.sql("select starts_at || ' ' || sequence || ' ' || version from event where id = :id")
                    .param("id", id).query(String.class).single());
        }

        mvc.perform(edit(ids.get(3), "scope", "following", "startTime", "17:00", "endTime", "18:00",
                        "repeats", "FORTNIGHTLY", "repeatEnd", "date", "repeatUntil", "2031-07-01"))
                .andExpect(status().is3xxRedirection());

        earlier.forEach((id, state) -> assertThat(jdbc.sql("select starts_at || ' ' || sequence || ' ' || version "
                + "from event where id = :id").param("id", id).query(String.class).single()).isEqualTo(state));
        assertThat(ids.subList(0, 3)).allSatisfy(id -> assertThat(seriesOf(id)).isEqualTo(oldSeries));
        long newSeries = seriesOf(ids.get(3));
        assertThat(newSeries).isNotEqualTo(oldSeries);
        assertThat(jdbc.sql("""
                        select to_char(starts_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') from event
                        where series_id = :series and status = 'PUBLISHED' order by starts_at""")
                .param("series", newSeries).query(String.class).list())
                .containsExactly("2031-05-27 17:00", "2031-06-10 17:00", "2031-06-24 17:00");
        // The three later dates kept their rows (and UIDs) in date order; none was dropped, so none was cancelled.
        assertThat(ids.subList(3, 6)).allSatisfy(id -> assertThat(seriesOf(id)).isEqualTo(newSeries));
        assertThat(jdbc.sql("select until_date from event_series where id = :id").param("id", oldSeries)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2031, 5, 26));
        assertThat(page("/events/" + slugOf(ids.getFirst()), 200).select(".series-rule").text())
                .isEqualTo("Repeats weekly on Tuesdays until Tuesday 20 May 2031.");
        assertThat(page("/events/" + slugOf(ids.get(3)), 200).select(".series-rule").text())
                .isEqualTo("Repeats every two weeks on Tuesdays until Tuesday 24 June 2031.");
    }

    @Test
    void datesTheNewRuleNoLongerHasAreCancelledSoSubscribedPhonesDropThem() throws Exception {
        String title = unique("Choir");
        List<Long> ids = publishWeekly(title, "2031-01-07", 5);

        mvc.perform(edit(ids.get(1), "scope", "following", "repeats", "WEEKLY", "repeatEnd", "count", "repeatCount", "2"))
                .andExpect(status().is3xxRedirection());

        Map<String, VEvent> feed = byUid(occurrences(title));
        assertThat(feed).hasSize(5);
        assertThat(ids).extracting(id -> eventStatus(feed.get(uidOf(id))))
                .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED", "CANCELLED");
        assertThat(jdbc.sql("select action from audit_entry where item_type = 'event' and item_id in (:ids) order by id")
                .param("ids", ids).query(String.class).list())
                .containsExactly("created", "published", "changed this and following");
    }

    @Test
    void aSingleEventGivenARepeatBecomesTheFirstDateOfASeries() throws Exception {
        String title = unique("Careers talk");
        mvc.perform(series(title, "2031-02-25", "18:00", "19:00", "NONE").param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        long id = idsOf(title).getFirst();
        String uid = uidOf(id);

        mvc.perform(edit(id, "repeats", "MONTHLY_LAST_WEEKDAY", "repeatEnd", "count", "repeatCount", "3"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                        select to_char(starts_at at time zone 'Europe/London', 'YYYY-MM-DD HH24:MI') || ' ' || status
                        from event where title = :title order by starts_at""")
                .param("title", title).query(String.class).list())
                .containsExactly("2031-02-25 18:00 PUBLISHED", "2031-03-25 18:00 PUBLISHED", "2031-04-29 18:00 PUBLISHED");
        assertThat(uidOf(idsOf(title).getFirst())).isEqualTo(uid);
    }

    @Test
    void termBreaksAreSkippedWhenTheBoxIsTicked() throws Exception {
        long halfTerm = jdbc.sql("insert into term_break (name, first_day, last_day) values ('Test half term', "
                + "date '2031-10-25', date '2031-11-02') returning id").query(Long.class).single();
        try {
            String title = unique("Mentoring");
            mvc.perform(series(title, "2031-10-14", "16:00", "17:00", "WEEKLY").param("repeatEnd", "count")
                            .param("repeatCount", "4").param("skipTermBreaks", "true").param("action", "save"))
                    .andExpect(status().is3xxRedirection());

            assertThat(jdbc.sql("""
                            select to_char(starts_at at time zone 'Europe/London', 'YYYY-MM-DD') from event
                            where title = :title order by starts_at""")
                    .param("title", title).query(String.class).list())
                    .containsExactly("2031-10-14", "2031-10-21", "2031-11-04", "2031-11-11");
        } finally {
            jdbc.sql("delete from term_break where id = :id").param("id", halfTerm).update();
        }
    }

    /**
     * Abingdon School keeps its own dates for 2031-32 (a longer half term, an INSET day); Larkmead follows the shared
     * ones. A series follows its one host's dates, holidays and INSET days; with several hosts, the shared dates.
     */
    @Test
    void aSeriesHostedByASchoolWithItsOwnDatesSkipsItsHolidaysAndInsetDaysAndOtherwiseTheSharedOnes() throws Exception {
        long abingdon = schoolId("abingdon-school");
        long larkmead = schoolId("larkmead-school");
        List<Long> entries = List.of(
                termDate("HOLIDAY", null, "Test half term", "2031-10-25", "2031-11-02"),
                termDate("TERM", abingdon, "Test Michaelmas term", "2031-09-03", "2031-12-12"),
                termDate("HOLIDAY", abingdon, "Test long half term", "2031-10-18", "2031-11-02"),
                termDate("INSET", abingdon, "Test INSET day", "2031-11-11", "2031-11-11"));
        try {
            assertThat(weeklyDays(unique("Abingdon club"), abingdon))
                    .containsExactly("2031-10-14", "2031-11-04", "2031-11-18", "2031-11-25");
            assertThat(weeklyDays(unique("Larkmead club"), larkmead))
                    .containsExactly("2031-10-14", "2031-10-21", "2031-11-04", "2031-11-11");
            assertThat(weeklyDays(unique("Joint club"), abingdon, larkmead))
                    .containsExactly("2031-10-14", "2031-10-21", "2031-11-04", "2031-11-11");
        } finally {
            jdbc.sql("delete from term_break where id in (:ids)").param("ids", entries).update();
        }
    }

    /** The days of a weekly series of four from Tue 14 Oct 2031 that skips the term breaks, hosted by {@code hosts}. */
    private List<String> weeklyDays(String title, Long... hosts) throws Exception {
        mvc.perform(series(title, "2031-10-14", "16:00", "17:00", "WEEKLY", hosts).param("repeatEnd", "count")
                        .param("repeatCount", "4").param("skipTermBreaks", "true").param("action", "save")).andExpect(status().is3xxRedirection());
        return jdbc.sql("""
                        select to_char(starts_at at time zone 'Europe/London', 'YYYY-MM-DD') from event
                        where title = :title order by starts_at""")
                .param("title", title).query(String.class).list();
    }

    private long termDate(String kind, Long school, String name, String first, String last) {
        return jdbc.sql("""
                        insert into term_break (kind, school_id, name, first_day, last_day)
                        values (:kind, :school, :name, cast(:first as date), cast(:last as date)) returning id""")
                .param("kind", kind).param("school", school, java.sql.Types.BIGINT).param("name", name)
                .param("first", first).param("last", last).query(Long.class).single();
    }

    private long schoolId(String slug) {
        return jdbc.sql("select id from school where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    @Test
    void badRepeatGetsAMessageByTheFieldA400AndKeepsWhatWasTyped() throws Exception {
        String title = unique("Bad repeat");
        Document count = page(series(title, "2031-06-03", "16:00", "17:00", "WEEKLY").param("repeatEnd", "count")
                .param("repeatCount", "ten").param("action", "save"), 400);
        Document tooMany = page(series(title, "2031-06-03", "16:00", "17:00", "WEEKLY").param("repeatEnd", "count")
                .param("repeatCount", "101").param("action", "save"), 400);
        Document until = page(series(title, "2031-06-03", "16:00", "17:00", "FORTNIGHTLY").param("repeatEnd", "date")
                .param("repeatUntil", "2031-05-01").param("action", "save"), 400);
        Document farAway = page(series(title, "2031-06-03", "16:00", "17:00", "WEEKLY").param("repeatEnd", "date")
                .param("repeatUntil", "2034-01-01").param("action", "save"), 400);
        Document notAChoice = page(series(title, "2031-06-03", "16:00", "17:00", "HOURLY").param("repeatEnd", "never")
                .param("action", "save"), 400);

        assertThat(count.title()).startsWith("Error: ");
        assertThat(count.select("#repeatCount-error").text()).contains("Enter the number of times as a whole number");
        assertThat(count.select("input#repeatCount").val()).isEqualTo("ten");
        assertThat(count.select("input[name=repeats][checked]").val()).isEqualTo("WEEKLY");
        assertThat(tooMany.select("#repeatCount-error").text()).contains("between 2 and 100");
        assertThat(until.select("#repeatUntil-error").text()).contains("The last date must be after the start date");
        assertThat(until.select("input#repeatUntil").val()).isEqualTo("2031-05-01");
        assertThat(until.select("input[name=repeats][checked]").val()).isEqualTo("FORTNIGHTLY");
        assertThat(farAway.select("#repeatUntil-error").text()).contains("within two years");
        assertThat(notAChoice.select("#repeats-error").text()).endsWith("Choose how often the event repeats");
        assertThat(notAChoice.select("#repeatEnd-error").text()).endsWith("Choose when the repeat ends");
        assertThat(notAChoice.select("input#title").val()).isEqualTo(title);
        assertThat(jdbc.sql("select count(*) from event where title = :title").param("title", title)
                .query(Long.class).single()).isZero();
    }

    @Test
    void demoPeerMentoringAndStudentVoiceAreEachOneSeriesAfterLoadingTwice() throws Exception {
        DemoContent.load(dataSource);

        for (String prefix : List.of("peer-mentoring-", "student-voice-committee-")) {
            assertThat(jdbc.sql("select count(distinct series_id), count(*) filter (where series_id is null) from event "
                            + "where slug ~ ('^' || :prefix || '\\d{4}-\\d{2}-\\d{2}$')")
                    .param("prefix", prefix).query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                    .containsExactly(1L, 0L);
        }
        String upcoming = jdbc.sql("select slug from event where slug like 'peer-mentoring-%' and starts_at > now() "
                + "order by starts_at limit 1").query(String.class).optional().orElse(null);
        if (upcoming != null) {
            assertThat(page("/events/" + upcoming, 200).select(".series-rule").text())
                    .startsWith("Repeats weekly on Wednesdays until");
        }
    }

    private MockHttpServletRequestBuilder series(String title, String date, String start, String end, String repeats) {
        return series(title, date, start, end, repeats, schoolId("larkmead-school"));
    }

    private MockHttpServletRequestBuilder series(String title, String date, String start, String end, String repeats,
                                                 Long... hosts) {
        long category = jdbc.sql("select id from category where slug = 'academic'").query(Long.class).single();
        return post("/admin/events").with(csrf()).cookie(coordinator)
                .param("title", title).param("summary", "A repeating test event.").param("description", "Some text.")
                .param("startDate", date).param("startTime", start).param("endTime", end)
                .param("venueName", "Library").param("venueAddress", "Faringdon Road, Abingdon OX14 1RF")
                .param("hostSchoolIds", java.util.Arrays.stream(hosts).map(String::valueOf).toArray(String[]::new))
                .param("categoryId", String.valueOf(category))
                .param("audiences", "STUDENTS").param("repeats", repeats);
    }

    /** The edit form as the coordinator would send it, with {@code changes} (name, value…) typed over it. */
    private MockHttpServletRequestBuilder edit(long id, String... changes) throws Exception {
        Document form = page("/admin/events/" + id, 200);
        String scope = "form[action=/admin/events/" + id + "] ";
        var values = new LinkedHashMap<String, List<String>>();
        for (var input : form.select(scope + "input[name], " + scope + "textarea, " + scope + "select")) {
            String name = input.attr("name");
            if (name.startsWith("_")) {
                continue;
            }
            String type = input.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.text()
                    : input.tagName().equals("select") ? input.select("option[selected]").val() : input.val();
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        for (int i = 0; i < changes.length; i += 2) {
            values.put(changes[i], List.of(changes[i + 1]));
        }
        var request = post("/admin/events/" + id).with(csrf()).cookie(coordinator).param("action", "save");
        values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        return request;
    }

    /**
     * What a subscribed phone holds for each public date of the series, earliest first: each date's own .ics, which
     * carries the same VEVENT as the feeds. Read one by one because the feeds reach only 12 months ahead and 3 back,
     * and these tests run on the real clock with dates years away.
     */
    private List<VEvent> occurrences(String title) throws Exception {
        List<VEvent> occurrences = new java.util.ArrayList<>();
        for (String slug : jdbc.sql("select slug from event where title = :title and status <> 'DRAFT' order by starts_at")
                .param("title", title).query(String.class).list()) {
            String body = mvc.perform(get("/events/" + slug + ".ics")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            occurrences.addAll(new CalendarBuilder().build(new StringReader(body)).getComponents(Component.VEVENT));
        }
        return occurrences;
    }

    private static List<String> uids(List<VEvent> events) {
        return events.stream().map(event -> event.getRequiredProperty(Property.UID).getValue()).toList();
    }

    private static Map<String, VEvent> byUid(List<VEvent> events) {
        Map<String, VEvent> map = new LinkedHashMap<>();
        // The feed writes UIDs as <event uid>@<site host>.
        events.forEach(event -> map.put(event.getRequiredProperty(Property.UID).getValue().split("@")[0], event));
        return map;
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(event.getRequiredProperty(Property.SEQUENCE).getValue());
    }

    private static String eventStatus(VEvent event) {
        return event.getProperty(Property.STATUS).map(property -> property.getValue()).orElse("CONFIRMED");
    }

    private static Instant instant(VEvent event, String name) {
        return EventFeedTest.instant(event, name);
    }

    /** Publishes a weekly series, 16:00 to 17:00, of {@code count} dates from {@code firstDay}; its event ids. */
    private List<Long> publishWeekly(String title, String firstDay, int count) throws Exception {
        mvc.perform(series(title, firstDay, "16:00", "17:00", "WEEKLY").param("repeatEnd", "count")
                .param("repeatCount", String.valueOf(count)).param("action", "publish"))
                .andExpect(status().is3xxRedirection());
        return idsOf(title);
    }

    private List<Long> idsOf(String title) {
        return jdbc.sql("select id from event where title = :title order by starts_at").param("title", title)
                .query(Long.class).list();
    }

    private long seriesOf(long id) {
        return jdbc.sql("select series_id from event where id = :id").param("id", id).query(Long.class).single();
    }

    private String uidOf(long id) {
        return jdbc.sql("select uid::text from event where id = :id").param("id", id).query(String.class).single();
    }

    private String slugOf(long id) {
        return jdbc.sql("select slug from event where id = :id").param("id", id).query(String.class).single();
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from event where id = :id").param("id", id).query(Long.class).single());
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private Document page(String path, int expected) throws Exception {
        return page(get(path).cookie(coordinator), expected);
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
