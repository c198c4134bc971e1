package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import javax.sql.DataSource;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.partnership.support.DemoContent;

/** The subscription feed and per-event .ics files, parsed back with ical4j. Clock: Tue 20 Oct 2026. */
@CalendarTest
class EventFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void schools() {
        DemoContent.load(dataSource);
    }

    @Test
    void feedIsUtf8CalendarWithValidatorsAndParsesBackAcrossTheClockChange() throws Exception {
        fixtures.timed("feed-night-walk", LocalDateTime.of(2026, 10, 25, 1, 30), LocalDateTime.of(2026, 10, 25, 3, 0));
        fixtures.timed("feed-monday-talk", LocalDateTime.of(2026, 10, 26, 10, 0), LocalDateTime.of(2026, 10, 26, 11, 0));
        fixtures.allDay("feed-sports-day", LocalDate.of(2027, 3, 27), LocalDate.of(2027, 3, 28));

        MvcResult result = mvc.perform(get("/events/feed.ics").param("category", "fixture-talks"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
                .andExpect(header().exists("ETag"))
                .andExpect(header().exists("Last-Modified"))
                .andReturn();
        Calendar feed = new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));

        assertThat(feed.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(instant(event(feed, "Fixture feed night walk"), Property.DTSTART))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(instant(event(feed, "Fixture feed monday talk"), Property.DTSTART))
                .isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
        VEvent sportsDay = event(feed, "Fixture feed sports day");
        assertThat(((DateProperty<?>) sportsDay.getRequiredProperty(Property.DTSTART)).getDate())
                .isEqualTo(LocalDate.of(2027, 3, 27));
        assertThat(((DateProperty<?>) sportsDay.getRequiredProperty(Property.DTEND)).getDate())
                .isEqualTo(LocalDate.of(2027, 3, 29));
    }

    @Test
    void unchangedFeedAnswersConditionalRequestsWith304() throws Exception {
        fixtures.timed("feed-etag-talk", LocalDateTime.of(2026, 11, 2, 16, 0), LocalDateTime.of(2026, 11, 2, 17, 0));
        MvcResult first = mvc.perform(get("/events/feed.ics")).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");

        mvc.perform(get("/events/feed.ics").header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get("/events/feed.ics").header("If-Modified-Since", lastModified))
                .andExpect(status().isNotModified());
        mvc.perform(get("/events/feed.ics").param("school", "radley-college").header("If-None-Match", etag))
                .andExpect(status().isOk());
    }

    @Test
    void publishedChangeGivesTheFeedANewEtag() throws Exception {
        Event event = fixtures.timed("feed-changing-talk", LocalDateTime.of(2026, 11, 3, 16, 0),
                LocalDateTime.of(2026, 11, 3, 17, 0));
        String before = mvc.perform(get("/events/feed.ics")).andReturn().getResponse().getHeader("ETag");
        assertThat(before).as("the feed's ETag").isNotBlank();
        mvc.perform(get("/events/feed.ics").header("If-None-Match", before)).andExpect(status().isNotModified());

        fixtures.cancel(event, "Speaker unwell.");

        String after = mvc.perform(get("/events/feed.ics").header("If-None-Match", before))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(after).as("a new ETag after the change").isNotBlank().isNotEqualTo(before);
        mvc.perform(get("/events/feed.ics").header("If-None-Match", after)).andExpect(status().isNotModified());
    }

    @Test
    void singleEventFileAnswersConditionalRequestsWith304() throws Exception {
        fixtures.timed("feed-single-talk", LocalDateTime.of(2026, 11, 4, 16, 0), LocalDateTime.of(2026, 11, 4, 17, 0));
        String etag = mvc.perform(get("/events/feed-single-talk.ics"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"feed-single-talk.ics\""))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/events/feed-single-talk.ics").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void cancelledEventStaysInTheFeedForThirtyDaysWithStatusCancelled() throws Exception {
        Event recent = fixtures.cancel(fixtures.timed("feed-recently-cancelled", LocalDateTime.of(2026, 11, 5, 16, 0),
                LocalDateTime.of(2026, 11, 5, 17, 0)), "Postponed.");
        Event old = fixtures.cancel(fixtures.timed("feed-long-cancelled", LocalDateTime.of(2026, 11, 6, 16, 0),
                LocalDateTime.of(2026, 11, 6, 17, 0)), "Postponed.");
        jdbc.sql("update event set cancelled_at = :when where id = :id")
                .param("when", FixedClock.NOW.minusSeconds(31L * 24 * 3600).atOffset(java.time.ZoneOffset.UTC))
                .param("id", old.getId()).update();

        Calendar feed = feed("/events/feed.ics?category=fixture-talks");

        assertThat(event(feed, "Cancelled: Fixture feed recently cancelled").getRequiredProperty(Property.STATUS).getValue())
                .isEqualTo("CANCELLED");
        assertThat(titles(feed)).doesNotContain("Fixture feed long cancelled");
        assertThat(recent.getId()).isNotNull();
    }

    @Test
    void schoolFeedHasThatSchoolsAndThePartnershipsEventsOnly() throws Exception {
        fixtures.timed("feed-larkmead-only", LocalDateTime.of(2026, 11, 7, 10, 0), LocalDateTime.of(2026, 11, 7, 11, 0),
                "larkmead-school");
        fixtures.timed("feed-abingdon-only", LocalDateTime.of(2026, 11, 7, 12, 0), LocalDateTime.of(2026, 11, 7, 13, 0),
                "abingdon-school");
        fixtures.timed("feed-everyone", LocalDateTime.of(2026, 11, 7, 14, 0), LocalDateTime.of(2026, 11, 7, 15, 0));

        List<String> titles = titles(feed("/events/feed.ics?school=larkmead-school&category=fixture-talks"));

        assertThat(titles).contains("Fixture feed larkmead only", "Fixture feed everyone")
                .doesNotContain("Fixture feed abingdon only");
    }

    @Test
    void stableUidAndSequenceFollowTheEvent() throws Exception {
        Event event = fixtures.timed("feed-sequence-talk", LocalDateTime.of(2026, 11, 8, 16, 0),
                LocalDateTime.of(2026, 11, 8, 17, 0));
        VEvent before = event(feed("/events/feed-sequence-talk.ics"), "Fixture feed sequence talk");

        fixtures.cancel(event, "Moved online.");
        VEvent after = event(feed("/events/feed-sequence-talk.ics"), "Cancelled: Fixture feed sequence talk");

        assertThat(after.getRequiredProperty(Property.UID).getValue())
                .isEqualTo(before.getRequiredProperty(Property.UID).getValue());
        assertThat(Integer.parseInt(after.getRequiredProperty(Property.SEQUENCE).getValue()))
                .isEqualTo(Integer.parseInt(before.getRequiredProperty(Property.SEQUENCE).getValue()) + 1);
    }

    private Calendar feed(String path) throws Exception {
        String body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static List<String> titles(Calendar feed) {
        return feed.<VEvent>getComponents(Component.VEVENT).stream()
                .map(event -> event.getRequiredProperty(Property.SUMMARY).getValue()).toList();
    }

    private static VEvent event(Calendar feed, String title) {
        return feed.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(event -> event.getRequiredProperty(Property.SUMMARY).getValue().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + title + " in " + titles(feed)));
    }

    /** The instant of a date-time property, whichever Temporal ical4j parsed it into. */
    static Instant instant(VEvent event, String name) {
        Temporal date = ((DateProperty<?>) event.getRequiredProperty(name)).getDate();
        return switch (date) {
            case Instant instant -> instant;
            case ZonedDateTime zoned -> zoned.toInstant();
            case java.time.OffsetDateTime offset -> offset.toInstant();
            default -> throw new AssertionError(name + " is not a date-time: " + date);
        };
    }
}
