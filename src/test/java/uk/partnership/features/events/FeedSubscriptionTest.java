package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BeanPropertyBindingResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.partnership.base.audit.Actor;
import uk.partnership.support.DemoContent;

/**
 * A subscribed calendar keeps working whatever the coordinator renames or retires, tells subscriptions apart by name,
 * and hears of every event that leaves it. Clock: Tue 20 Oct 2026.
 */
@CalendarTest
class FeedSubscriptionTest {

    static final Actor COORDINATOR = new Actor(null, "coordinator@example.org", "Test Coordinator");

    private final MockMvc mvc;
    private final EventFixtures fixtures;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CategoryAdminService categories;
    private final JsonMapper json;
    private final EntityManager entities;

    @Autowired
    FeedSubscriptionTest(MockMvc mvc, EventFixtures fixtures, DataSource dataSource, JdbcClient jdbc,
                         CategoryAdminService categories, JsonMapper json, EntityManager entities) {
        this.entities = entities;
        this.json = json;
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.categories = categories;
    }

    @BeforeEach
    void schools() {
        DemoContent.load(dataSource);
    }

    @Test
    void categoryFeedKeepsItsEventsAfterTheCategoryIsRenamedAndThenRetired() throws Exception {
        fixtures.timed("sub-choir-night", LocalDateTime.of(2026, 11, 5, 19, 0), LocalDateTime.of(2026, 11, 5, 21, 0));
        Category talks = fixtures.category("fixture-talks");
        Set<String> before = uids(feed("/events/feed.ics?category=fixture-talks"));
        assertThat(before).isNotEmpty();

        var form = new CategoryForm("Fixture talks and lectures", "fixture-lectures", talks.getVersion());
        boolean renamed = categories.rename(COORDINATOR, "Test Coordinator", talks.getId(), form,
                new BeanPropertyBindingResult(form, "form"));
        assertThat(renamed).isTrue();

        Calendar afterRename = feed("/events/feed.ics?category=fixture-talks");
        assertThat(uids(afterRename)).isEqualTo(before);
        assertThat(uids(feed("/events/feed.ics?category=fixture-lectures"))).isEqualTo(before);
        assertThat(value(afterRename, "X-WR-CALNAME")).endsWith(": Fixture talks and lectures");

        categories.retire(COORDINATOR, "Test Coordinator", talks.getId(), true);
        entities.flush();

        Calendar afterRetiring = feed("/events/feed.ics?category=fixture-talks");
        assertThat(uids(afterRetiring)).isEqualTo(before);
        assertThat(value(afterRetiring, "X-WR-CALDESC"))
                .isEqualTo("Fixture talks and lectures is no longer used: this calendar keeps its past events, "
                        + "and no new events will be added to it.");
    }

    @Test
    void schoolFeedKeepsItsEventsAfterTheSchoolIsRenamed() throws Exception {
        fixtures.timed("sub-larkmead-play", LocalDateTime.of(2026, 11, 6, 18, 0), LocalDateTime.of(2026, 11, 6, 20, 0),
                "larkmead-school");
        Set<String> before = uids(feed("/events/feed.ics?school=larkmead-school"));
        assertThat(before).isNotEmpty();

        // What the school form's save does to the slug (SchoolAdminService.update, tested in SchoolAdminTest).
        long school = fixtures.school("larkmead-school").id();
        jdbc.sql("update school set slug = 'larkmead' where id = :id").param("id", school).update();
        jdbc.sql("insert into school_slug_history (slug, school_id) values ('larkmead-school', :id)")
                .param("id", school).update();
        entities.clear();

        mvc.perform(get("/events/feed.ics").param("school", "larkmead-school")).andExpect(status().isOk());
        assertThat(uids(feed("/events/feed.ics?school=larkmead-school"))).isEqualTo(before);
        assertThat(uids(feed("/events/feed.ics?school=larkmead"))).isEqualTo(before);
    }

    @Test
    void aSlugThatNeverExistedIsStillABadRequest() throws Exception {
        mvc.perform(get("/events/feed.ics").param("category", "no-such-category")).andExpect(status().isBadRequest());
        mvc.perform(get("/events/feed.ics").param("school", "no-such-school")).andExpect(status().isBadRequest());
    }

    @Test
    void eachFilteredFeedHasItsOwnCalendarName() throws Exception {
        String partnership = value(feed("/events/feed.ics"), "X-WR-CALNAME");

        assertThat(value(feed("/events/feed.ics?school=larkmead-school"), "X-WR-CALNAME"))
                .isEqualTo(partnership + ": Larkmead School");
        assertThat(value(feed("/events/feed.ics?school=larkmead-school&audience=parents"), "X-WR-CALNAME"))
                .isEqualTo(partnership + ": Larkmead School, Parents and carers");
    }

    @Test
    void lastModifiedMovesWhenAnEventLeavesTheFeed() throws Exception {
        Event leaving = fixtures.timed("sub-leaving-talk", LocalDateTime.of(2026, 11, 7, 16, 0),
                LocalDateTime.of(2026, 11, 7, 17, 0));
        // Another event changed later than the one that leaves: the feed's newest event is not the one leaving.
        jdbc.sql("update event set updated_at = updated_at - interval '1 day' where id = :id")
                .param("id", leaving.getId()).update();
        String lastModified = mvc.perform(get("/events/feed.ics")).andReturn().getResponse().getHeader("Last-Modified");
        mvc.perform(get("/events/feed.ics").header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());

        // Unpublished after every other change (the demo content's times are the real clock's): it leaves the feed.
        jdbc.sql("""
                update event set status = 'DRAFT', updated_at = (select max(updated_at) from event) + interval '1 hour'
                where id = :id""").param("id", leaving.getId()).update();

        mvc.perform(get("/events/feed.ics").header("If-Modified-Since", lastModified)).andExpect(status().isOk());
    }

    @Test
    void singleEventFileIsOneAppointmentNotACalendar() throws Exception {
        fixtures.timed("sub-single-talk", LocalDateTime.of(2026, 11, 8, 16, 0), LocalDateTime.of(2026, 11, 8, 17, 0));

        Calendar single = feed("/events/sub-single-talk.ics");

        assertThat(value(single, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(single.getProperty("X-WR-CALNAME")).isEmpty();
        assertThat(single.getProperty("REFRESH-INTERVAL")).isEmpty();
        assertThat(single.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
    }

    @Test
    void uidIsTheEventsUuidAsInTheJsonAndDoesNotNameTheSitesHost() throws Exception {
        fixtures.timed("sub-uid-talk", LocalDateTime.of(2026, 11, 9, 16, 0),
                LocalDateTime.of(2026, 11, 9, 17, 0));

        String uid = value(onlyEvent(feed("/events/sub-uid-talk.ics")), Property.UID);
        JsonNode body = json.readTree(mvc.perform(get("/events.json").param("limit", "100"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        String jsonUid = null;
        for (JsonNode item : body.get("events")) {
            if (item.get("url").asString().endsWith("/events/sub-uid-talk")) {
                jsonUid = item.get("uid").asString();
            }
        }

        assertThat(uid).isEqualTo(uidOf("sub-uid-talk")).doesNotContain("@");
        assertThat(jsonUid).isEqualTo(uid);
        assertThat(uids(feed("/events/feed.ics"))).contains(uid);
    }

    @Test
    void feedOfTenThousandEventsHoldsTheThousandNearestTodayAndStaysUnderOneMegabyte() throws Exception {
        long category = fixtures.category("fixture-talks").getId();
        jdbc.sql("""
                insert into event (uid, title, slug, summary, description, all_day, starts_at, ends_at,
                                   category_id, status, sequence, created_at, updated_at, updated_by)
                select gen_random_uuid(), 'Bulk ' || n, 'sub-bulk-' || n, 'A bulk event.', repeat('Long text. ', 40),
                       false, timestamptz '2026-10-20 12:00+00' + n * interval '3 hours',
                       timestamptz '2026-10-20 13:00+00' + n * interval '3 hours',
                       :category, 'PUBLISHED', 0, now(), now(), 'bulk'
                from generate_series(1, 10000) n""").param("category", category).update();

        MvcResult result = mvc.perform(get("/events/feed.ics")).andExpect(status().isOk()).andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        Calendar feed = new CalendarBuilder().build(new StringReader(new String(body, StandardCharsets.UTF_8)));
        List<VEvent> events = feed.getComponents(Component.VEVENT);

        assertThat(body.length).isLessThan(1_000_000);
        assertThat(events).hasSizeLessThanOrEqualTo(EventCalendar.FEED_MAX_EVENTS);
        assertThat(uids(feed)).contains(uidOf("sub-bulk-1")).doesNotContain(uidOf("sub-bulk-10000"));
    }

    @Test
    void pagesThatOfferAFeedAnnounceItAndEveryPublicPageAnnouncesTheNews() throws Exception {
        Document events = page("/events");
        Document school = page("/schools/larkmead-school");

        assertThat(events.select("link[rel=alternate][type=text/calendar]").attr("href"))
                .isEqualTo("http://localhost:8080/events/feed.ics");
        assertThat(school.select("link[rel=alternate][type=text/calendar]").attr("href"))
                .isEqualTo("http://localhost:8080/events/feed.ics?school=larkmead-school");
        assertThat(page("/about").select("link[rel=alternate][type=text/calendar]")).isEmpty();
        assertThat(page("/about").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/news/feed.atom");
    }

    @Test
    void addToCalendarLinksKeepPlusSignsAndOfferOutlookForWorkOrSchool() throws Exception {
        Event event = fixtures.timed("sub-cpp-club", LocalDateTime.of(2026, 11, 10, 16, 0),
                LocalDateTime.of(2026, 11, 10, 17, 0));
        jdbc.sql("update event set title = 'C++ & Java club' where id = :id").param("id", event.getId()).update();
        entities.clear();

        Document page = page("/events/sub-cpp-club");
        String google = page.select("a:containsOwn(Google Calendar)").attr("href");
        String outlook = page.select("a:containsOwn(Add to Outlook.com)").attr("href");
        String work = page.select("a:containsOwn(Outlook for work or school)").attr("href");

        assertThat(google).startsWith("https://calendar.google.com/calendar/render?")
                .contains("text=C%2B%2B%20%26%20Java%20club");
        assertThat(outlook).startsWith("https://outlook.live.com/").contains("subject=C%2B%2B%20%26%20Java%20club");
        assertThat(work).startsWith("https://outlook.office.com/calendar/0/deeplink/compose?")
                .contains("subject=C%2B%2B%20%26%20Java%20club");
    }

    @Test
    void descriptionIsPlainTextWithLinksKeptAndThePageAtTheEnd() throws Exception {
        Event event = fixtures.timed("sub-plain-talk", LocalDateTime.of(2026, 11, 11, 16, 0),
                LocalDateTime.of(2026, 11, 11, 17, 0));
        jdbc.sql("update event set description = 'Bring **two** pens. [Book a seat](https://example.org/book).' "
                + "where id = :id").param("id", event.getId()).update();
        entities.clear();

        VEvent parsed = onlyEvent(feed("/events/sub-plain-talk.ics"));

        assertThat(value(parsed, Property.DESCRIPTION)).doesNotContain("**").doesNotContain("](")
                .contains("Bring two pens.").contains("Book a seat").contains("https://example.org/book")
                .endsWith("http://localhost:8080/events/sub-plain-talk");
        assertThat(value(parsed, Property.URL)).isEqualTo("http://localhost:8080/events/sub-plain-talk");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private String uidOf(String slug) {
        return jdbc.sql("select uid::text from event where slug = :slug").param("slug", slug).query(String.class).single();
    }

    private Calendar feed(String path) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Set<String> uids(Calendar calendar) {
        return Set.copyOf(calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> value(event, Property.UID)).toList());
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }
}
