package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.partnership.support.DemoContent;

/**
 * An event says what became of it, in its page, its .ics and its JSON-LD: postponed (with the new date once it is
 * public), rescheduled, cancelled, ended, online or both. Clock: Tue 20 Oct 2026, 13:00 in London.
 */
@CalendarTest
class EventTruthTest {

    static final String AUTHOR = "Test Coordinator";

    private final MockMvc mvc;
    private final EventFixtures fixtures;
    private final DataSource dataSource;
    private final JsonMapper json;

    @Autowired
    EventTruthTest(MockMvc mvc, EventFixtures fixtures, DataSource dataSource, JsonMapper json) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.dataSource = dataSource;
        this.json = json;
    }

    @BeforeEach
    void schools() {
        DemoContent.load(dataSource);
    }

    @Test
    void postponedEventSaysSoAndThatTheNewDateIsToBeAnnounced() throws Exception {
        Event event = booked(fixtures.timed("truth-postponed", LocalDateTime.of(2026, 11, 12, 18, 0),
                LocalDateTime.of(2026, 11, 12, 20, 0)));
        Event replacement = fixtures.unpublished("truth-postponed-new", LocalDateTime.of(2027, 1, 14, 18, 0),
                LocalDateTime.of(2027, 1, 14, 20, 0));
        postpone(event, replacement, "The hall is flooded.");

        Document page = page("/events/truth-postponed");
        assertThat(page.title()).startsWith("Postponed: Fixture truth postponed");
        assertThat(page.select(".notice--cancelled").text()).contains("This event has been postponed")
                .contains("New date to be announced.").contains("The hall is flooded.")
                .doesNotContain("This event has been cancelled");
        assertNothingToActOn(page);

        VEvent ics = ics("truth-postponed");
        assertThat(value(ics, Property.SUMMARY)).isEqualTo("Postponed: Fixture truth postponed");
        assertThat(value(ics, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(ics, Property.DESCRIPTION))
                .startsWith("This event has been postponed. New date to be announced.\n\nThe hall is flooded.");
        assertThat(jsonLd(page).get("eventStatus").asString()).isEqualTo("https://schema.org/EventPostponed");
        assertThat(page("/events/list?from=2026-11-12").select(".event-card:has(a[href=/events/truth-postponed]) .label")
                .text()).isEqualTo("Postponed");
        assertThat(page("/events?month=2026-11").select(".event-item:has(a[href=/events/truth-postponed]) .label")
                .text()).isEqualTo("Postponed");
    }

    @Test
    void postponedEventLinksItsNewDateOnceItIsPublishedAndTheNewOneSaysItWasRescheduled() throws Exception {
        Event event = fixtures.timed("truth-moved", LocalDateTime.of(2026, 11, 13, 18, 0),
                LocalDateTime.of(2026, 11, 13, 20, 0));
        Event replacement = fixtures.unpublished("truth-moved-new", LocalDateTime.of(2027, 1, 15, 18, 0),
                LocalDateTime.of(2027, 1, 15, 20, 0));
        postpone(event, replacement, "");
        replacement.publish(FixedClock.NOW, AUTHOR);
        fixtures.save(replacement);

        Document old = page("/events/truth-moved");
        assertThat(old.select(".notice--cancelled").text()).contains("This event has been postponed")
                .contains("New date: Fri 15 Jan 2027, 18:00").doesNotContain("to be announced");
        assertThat(old.select(".notice--cancelled a").attr("href")).isEqualTo("/events/truth-moved-new");
        assertThat(value(ics("truth-moved"), Property.DESCRIPTION)).startsWith(
                "This event has been postponed to Fri 15 Jan 2027, 18:00: http://localhost:8080/events/truth-moved-new");

        Document moved = page("/events/truth-moved-new");
        assertThat(moved.select(".notice").text()).contains("This event was postponed from Fri 13 Nov 2026, 18:00.");
        JsonNode ld = jsonLd(moved);
        assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventRescheduled");
        assertThat(ld.get("previousStartDate").asString()).isEqualTo("2026-11-13T18:00:00+00:00");
        assertThat(ld.get("startDate").asString()).isEqualTo("2027-01-15T18:00:00+00:00");
        assertThat(moved.select(".calendar-links a")).hasSize(4);
    }

    @Test
    void cancelledEventOffersNothingToBookOrAddAndItsFeedEntrySaysWhy() throws Exception {
        Event event = booked(fixtures.timed("truth-cancelled", LocalDateTime.of(2026, 11, 14, 10, 0),
                LocalDateTime.of(2026, 11, 14, 12, 0)));
        fixtures.cancel(event, "Speaker unwell.");

        Document page = page("/events/truth-cancelled");
        assertThat(page.select(".notice--cancelled").text()).contains("This event has been cancelled")
                .contains("Speaker unwell.");
        assertNothingToActOn(page);

        VEvent ics = ics("truth-cancelled");
        assertThat(value(ics, Property.SUMMARY)).isEqualTo("Cancelled: Fixture truth cancelled");
        assertThat(value(ics, Property.DESCRIPTION)).startsWith("This event has been cancelled.\n\nSpeaker unwell.");
        JsonNode ld = jsonLd(page);
        assertThat(ld.get("eventStatus").asString()).isEqualTo("https://schema.org/EventCancelled");
        Element inMonth = page("/events?month=2026-11").selectFirst(".event-item:has(a[href=/events/truth-cancelled])");
        assertThat(inMonth).isNotNull();
        assertThat(inMonth.classNames()).contains("event-item--cancelled");
        assertThat(inMonth.select(".label").text()).isEqualTo("Cancelled");
    }

    @Test
    void endedEventSaysSoAndOffersNoBookingJoiningOrAdding() throws Exception {
        Event event = booked(fixtures.timed("truth-ended", LocalDateTime.of(2026, 10, 19, 18, 0),
                LocalDateTime.of(2026, 10, 19, 20, 0)));
        event.venue("Amey Theatre", "Park Road, Abingdon OX14 1DE", "https://meet.example.org/ended");
        fixtures.save(event);

        Document page = page("/events/truth-ended");

        assertThat(page.select(".notice").text()).contains("This event has ended.");
        assertNothingToActOn(page);
        assertThat(page.select("a:containsOwn(Join online)")).isEmpty();
    }

    @Test
    void hybridEventCarriesItsLinkInTheIcsAndIsMixedInJsonLd() throws Exception {
        Event event = fixtures.timed("truth-hybrid", LocalDateTime.of(2026, 11, 16, 18, 0),
                LocalDateTime.of(2026, 11, 16, 19, 0));
        event.venue("Amey Theatre", "Park Road, Abingdon OX14 1DE", "https://meet.example.org/hybrid");
        fixtures.save(event);

        VEvent ics = ics("truth-hybrid");
        assertThat(value(ics, Property.LOCATION)).isEqualTo("Amey Theatre, Park Road, Abingdon OX14 1DE");
        assertThat(value(ics, Property.DESCRIPTION)).contains("Join online: https://meet.example.org/hybrid");

        JsonNode ld = jsonLd(page("/events/truth-hybrid"));
        assertThat(ld.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(ld.get("location").get(0).get("@type").asString()).isEqualTo("Place");
        assertThat(ld.get("location").get(1).get("@type").asString()).isEqualTo("VirtualLocation");
        assertThat(ld.get("location").get(1).get("url").asString()).isEqualTo("https://meet.example.org/hybrid");
    }

    /**
     * Google's Event rich result: name, startDate and location required; description, endDate, eventStatus,
     * eventAttendanceMode, organizer, offers (where there is a booking link) recommended; a PostalAddress for a place.
     */
    @Test
    void everyKindOfEventHasTheRichResultsRequiredAndRecommendedProperties() throws Exception {
        booked(fixtures.timed("truth-venue", LocalDateTime.of(2026, 11, 17, 18, 0),
                LocalDateTime.of(2026, 11, 17, 19, 0), "larkmead-school"));
        Event online = fixtures.timed("truth-online", LocalDateTime.of(2026, 11, 18, 18, 0),
                LocalDateTime.of(2026, 11, 18, 19, 0));
        online.venue("", "", "https://meet.example.org/online");
        fixtures.save(online);
        Event nowhere = fixtures.timed("truth-nowhere", LocalDateTime.of(2026, 11, 19, 18, 0),
                LocalDateTime.of(2026, 11, 19, 19, 0), "larkmead-school");
        nowhere.venue("", "", null);
        fixtures.save(nowhere);

        for (String slug : List.of("truth-venue", "truth-online", "truth-nowhere")) {
            JsonNode ld = jsonLd(page("/events/" + slug));
            for (String property : List.of("name", "startDate", "location", "description", "endDate", "eventStatus",
                    "eventAttendanceMode", "organizer", "url")) {
                assertThat(ld.has(property)).as(slug + " has " + property).isTrue();
            }
            JsonNode location = ld.get("location");
            if (location.get("@type").asString().equals("Place")) {
                assertThat(location.get("name").asString()).as(slug).isNotBlank();
                assertThat(location.get("address").get("@type").asString()).as(slug).isEqualTo("PostalAddress");
                assertThat(location.get("address").get("addressCountry").asString()).isEqualTo("GB");
            }
        }
        JsonNode venue = jsonLd(page("/events/truth-venue"));
        assertThat(venue.get("location").get("address").get("postalCode").asString()).isEqualTo("OX14 1DE");
        assertThat(venue.get("location").get("address").get("addressLocality").asString()).isEqualTo("Abingdon");
        assertThat(venue.get("location").get("address").get("streetAddress").asString()).isEqualTo("Park Road");
        assertThat(venue.get("offers").get("url").asString()).isEqualTo("https://tickets.example.org/book");
        assertThat(jsonLd(page("/events/truth-online")).get("location").get("@type").asString())
                .isEqualTo("VirtualLocation");
        assertThat(jsonLd(page("/events/truth-nowhere")).get("location").get("name").asString())
                .isEqualTo("Larkmead School");
        assertThat(jsonLd(page("/events/truth-online")).has("offers")).isFalse();
    }

    private Event booked(Event event) {
        event.booking("Free; booking needed.", "https://tickets.example.org/book");
        return fixtures.save(event);
    }

    private void postpone(Event event, Event replacement, String reason) {
        event.cancel(reason, FixedClock.NOW, AUTHOR);
        event.postponedTo(replacement);
        fixtures.save(event);
    }

    private static void assertNothingToActOn(Document page) {
        assertThat(page.select(".calendar-links")).as("add to calendar").isEmpty();
        assertThat(page.select("a:containsOwn(Book a place)")).as("booking").isEmpty();
        assertThat(page.select("a[href*=calendar.google.com], a[href*=outlook]")).isEmpty();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode jsonLd(Document page) {
        return json.readTree(page.select("script[type=application/ld+json]").html());
    }

    private VEvent ics(String slug) throws Exception {
        String body = mvc.perform(get("/events/" + slug + ".ics")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<VEvent> events = new CalendarBuilder().build(new StringReader(body)).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }
}
