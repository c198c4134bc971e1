package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.schools.Sector;
import uk.partnership.base.web.RichText;

/** The iCalendar feed, checked by parsing what the writer produces back with ical4j. */
class EventCalendarWriterTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String CALENDAR_NAME = "Riverside Schools Partnership";
    static final Function<String, String> PAGE_URL = slug -> "http://localhost:8080/events/" + slug;
    static final MessageSource MESSAGES = messages();
    static final Instant CREATED = Instant.parse("2026-01-10T09:15:00Z");
    static final Instant UPDATED = Instant.parse("2026-02-20T16:45:30Z");

    private final EventCalendarWriter writer = new EventCalendarWriter(new RichText(), MESSAGES, new EventTimes(MESSAGES));

    // (a)

    @Test
    void timedEventAtOneThirtyOnTheOctoberClockChangeKeepsItsInstant() throws Exception {
        // 01:30 happens twice on Sun 25 Oct 2026; ZonedDateTime.of picks the earlier one, 01:30 BST (+01:00) = 00:30Z.
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, LONDON);
        assertThat(start.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        EventView event = timed("clock-change", start, start.plusHours(2));

        VEvent parsed = onlyEvent(parse(write(event)));

        assertThat(instantOf(parsed, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(instantOf(parsed, Property.DTEND)).isEqualTo(start.plusHours(2).toInstant());
        assertThat(tzid(parsed, Property.DTSTART)).isEqualTo("Europe/London");
    }

    @Test
    void timedEventAtTheSecondOneThirtyOnTheOctoberClockChangeKeepsItsInstant() throws Exception {
        // The repeated 01:30 GMT (+00:00) cannot be told apart in local time, so it must still come back as 01:30Z.
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, LONDON).withLaterOffsetAtOverlap();
        assertThat(start.getOffset()).isEqualTo(ZoneOffset.UTC);
        EventView event = timed("second-one-thirty", start, start.plusHours(1));

        VEvent parsed = onlyEvent(parse(write(event)));

        assertThat(instantOf(parsed, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(instantOf(parsed, Property.DTEND)).isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
    }

    // (b)

    @Test
    void winterMorningEventIsWrittenInLondonTimeAndMeansTheSameUtcTime() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 26, 10, 0, 0, 0, LONDON);
        String ics = write(timed("winter-morning", start, start.plusMinutes(90)));

        VEvent parsed = onlyEvent(parse(ics));

        assertThat(instantOf(parsed, Property.DTSTART)).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
        assertThat(instantOf(parsed, Property.DTEND)).isEqualTo(Instant.parse("2026-10-26T11:30:00Z"));
        assertThat(tzid(parsed, Property.DTSTART)).isEqualTo("Europe/London");
        assertThat(tzid(parsed, Property.DTEND)).isEqualTo("Europe/London");
        assertThat(unfolded(ics)).contains("DTSTART;TZID=Europe/London:20261026T100000\r\n");
    }

    @Test
    void summerMorningEventIsWrittenInLondonTimeAndMeansAnHourEarlierInUtc() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 3, 30, 10, 0, 0, 0, LONDON);
        String ics = write(timed("summer-morning", start, start.plusHours(1)));

        VEvent parsed = onlyEvent(parse(ics));

        assertThat(instantOf(parsed, Property.DTSTART)).isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        assertThat(tzid(parsed, Property.DTSTART)).isEqualTo("Europe/London");
        assertThat(unfolded(ics)).contains("DTSTART;TZID=Europe/London:20260330T100000\r\n");
    }

    // (c)

    @Test
    void singleDayAllDayEventHasDateValuesEndingTheNextDay() throws Exception {
        EventView event = allDay("sports-day", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 19));

        VEvent parsed = onlyEvent(parse(write(event)));

        Property start = parsed.getRequiredProperty(Property.DTSTART);
        Property end = parsed.getRequiredProperty(Property.DTEND);
        assertThat(valueParameter(start)).isEqualTo("DATE");
        assertThat(valueParameter(end)).isEqualTo("DATE");
        assertThat(dateOf(start)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(dateOf(end)).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(start.getParameter(Parameter.TZID)).isEmpty();
    }

    @Test
    void multiDayAllDayEventEndsTheDayAfterItsLastDay() throws Exception {
        EventView event = allDay("residential", LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 29));

        String ics = write(event);
        VEvent parsed = onlyEvent(parse(ics));

        assertThat(dateOf(parsed.getRequiredProperty(Property.DTSTART))).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(dateOf(parsed.getRequiredProperty(Property.DTEND))).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(unfolded(ics)).contains("DTSTART;VALUE=DATE:20260327\r\n", "DTEND;VALUE=DATE:20260330\r\n");
    }

    // (d)

    @Test
    void calendarCarriesExactlyOneLondonTimeZoneHoweverManyEvents() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 5, 12, 18, 0, 0, 0, LONDON);
        Calendar parsed = parse(writer.feed(new CalendarName.CalendarTitle(CALENDAR_NAME, null), List.of(
                timed("one", start, start.plusHours(1)),
                timed("two", start.plusDays(1), start.plusDays(1).plusHours(1)),
                allDay("three", LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 20))), PAGE_URL));

        List<VTimeZone> zones = parsed.getComponents(Component.VTIMEZONE);
        assertThat(zones).hasSize(1);
        assertThat(zones.getFirst().getRequiredProperty(Property.TZID).getValue()).isEqualTo("Europe/London");
        assertThat(zones.getFirst().getObservances()).isNotEmpty();
        assertThat(parsed.<VEvent>getComponents(Component.VEVENT)).hasSize(3);
    }

    @Test
    void calendarDescribesItselfAsAPublishedFeedRefreshedTwiceADay() throws Exception {
        Calendar parsed = parse(writer.feed(new CalendarName.CalendarTitle(CALENDAR_NAME, null), List.of(), PAGE_URL));

        assertThat(value(parsed, Property.PRODID)).isEqualTo("-//" + CALENDAR_NAME + "//Partnership website//EN");
        assertThat(value(parsed, Property.VERSION)).isEqualTo("2.0");
        assertThat(value(parsed, Property.CALSCALE)).isEqualTo("GREGORIAN");
        assertThat(value(parsed, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(parsed, "X-WR-CALNAME")).isEqualTo(CALENDAR_NAME);
        assertThat(value(parsed, "X-WR-TIMEZONE")).isEqualTo("Europe/London");
        assertThat(value(parsed, "X-PUBLISHED-TTL")).isEqualTo("PT12H");
        Property refresh = parsed.getRequiredProperty("REFRESH-INTERVAL");
        assertThat(refresh.getValue()).isEqualTo("PT12H");
        assertThat(valueParameter(refresh)).isEqualTo("DURATION");
        assertThat(parsed.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    // (e)

    @Test
    void uidStaysTheSameAcrossWritesAndEditsWhileSequenceAndLastModifiedFollowTheEvent() throws Exception {
        UUID uid = UUID.fromString("0b7e5a3c-9d2f-4c1e-8a6b-3f2d1c0e9a87");
        ZonedDateTime start = ZonedDateTime.of(2026, 4, 21, 16, 0, 0, 0, LONDON);
        EventView first = timed(uid, "open-evening", "Open evening", start, start.plusHours(2), 0,
                EventStatus.PUBLISHED, UPDATED);
        Instant editedAt = Instant.parse("2026-03-02T08:05:09Z");
        EventView edited = timed(uid, "open-evening", "Open evening (new time)", start.plusHours(1),
                start.plusHours(3), 3, EventStatus.PUBLISHED, editedAt);

        VEvent once = onlyEvent(parse(write(first)));
        VEvent again = onlyEvent(parse(write(first)));
        VEvent afterEdit = onlyEvent(parse(write(edited)));

        String expectedUid = "0b7e5a3c-9d2f-4c1e-8a6b-3f2d1c0e9a87";
        assertThat(value(once, Property.UID)).isEqualTo(expectedUid);
        assertThat(value(again, Property.UID)).isEqualTo(expectedUid);
        assertThat(value(afterEdit, Property.UID)).isEqualTo(expectedUid);
        assertThat(value(once, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(afterEdit, Property.SEQUENCE)).isEqualTo("3");
        assertThat(instantOf(once, Property.LAST_MODIFIED)).isEqualTo(UPDATED);
        assertThat(instantOf(afterEdit, Property.LAST_MODIFIED)).isEqualTo(editedAt);
        assertThat(instantOf(afterEdit, Property.DTSTAMP)).isEqualTo(editedAt);
        assertThat(instantOf(afterEdit, Property.CREATED)).isEqualTo(CREATED);
    }

    @Test
    void eventCarriesItsPageCategoryLocationAndAConfirmedStatus() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 5, 14, 19, 0, 0, 0, LONDON);
        EventView event = timed("spring-concert", start, start.plusHours(2));

        VEvent parsed = onlyEvent(parse(write(event)));

        assertThat(value(parsed, Property.SUMMARY)).isEqualTo("Event spring-concert");
        assertThat(value(parsed, Property.URL)).isEqualTo("http://localhost:8080/events/spring-concert");
        assertThat(value(parsed, Property.DESCRIPTION)).isEqualTo(
                "A short summary.\n\nThe full description.\n\nhttp://localhost:8080/events/spring-concert");
        assertThat(value(parsed, Property.LOCATION)).isEqualTo("Main Hall, 1 River Road, Riverside RS1 2AB");
        assertThat(value(parsed, Property.CATEGORIES)).isEqualTo("Music");
        assertThat(value(parsed, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void onlineEventWithoutAVenueIsLocatedAtItsOnlineLink() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 5, 14, 19, 0, 0, 0, LONDON);
        EventView event = withVenue(timed("webinar", start, start.plusHours(1)), "", "", "https://meet.example.org/abc");

        VEvent parsed = onlyEvent(parse(write(event)));

        assertThat(value(parsed, Property.LOCATION)).isEqualTo("https://meet.example.org/abc");
    }

    // (f)

    @Test
    void cancelledEventStaysInTheFeedMarkedCancelledWithItsTitleUnchanged() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 6, 3, 15, 30, 0, 0, LONDON);
        EventView cancelled = timed(UUID.randomUUID(), "cancelled-match", "Football match", start,
                start.plusHours(1), 2, EventStatus.CANCELLED, UPDATED);

        VEvent parsed = onlyEvent(parse(write(cancelled)));

        assertThat(value(parsed, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(parsed, Property.SUMMARY)).isEqualTo("Cancelled: Football match");
        assertThat(value(parsed, Property.SEQUENCE)).isEqualTo("2");
    }

    // (g)

    @Test
    void textWithCommasSemicolonsNewlinesAndALongTitleSurvivesTheRoundTrip() throws Exception {
        // ical4j's parser strips a value's leading and trailing spaces, so the title ends with a visible character.
        String title = ("Year 9, 10; and 11 options evening \\ careers: ").repeat(5).substring(0, 199) + "!";
        assertThat(title).hasSize(200);
        String summary = "Parents, carers; and students welcome.";
        String description = "Line one, with a comma;\nline two; with a semicolon\n\n- a list item\r\n- another, last";
        ZonedDateTime start = ZonedDateTime.of(2026, 2, 10, 18, 0, 0, 0, LONDON);
        EventView event = withText(timed("options-evening", start, start.plusHours(2)), title, summary, description,
                "Hall; Block A, Room 3", "1 River Road,\nRiverside; RS1 2AB", "Options, careers; advice");
        String calendarName = "Riverside, Hill; Vale schools";

        Calendar parsed = parse(writer.feed(new CalendarName.CalendarTitle(calendarName, null), List.of(event), PAGE_URL));
        VEvent vevent = onlyEvent(parsed);

        assertThat(value(vevent, Property.SUMMARY)).isEqualTo(title);
        // The description is Markdown: written as the plain text it renders to (the list keeps its dashes).
        assertThat(value(vevent, Property.DESCRIPTION)).isEqualTo(summary + "\n\n"
                + "Line one, with a comma;\nline two; with a semicolon\n- a list item\n- another, last"
                + "\n\nhttp://localhost:8080/events/options-evening");
        assertThat(value(vevent, Property.LOCATION)).isEqualTo("Hall; Block A, Room 3, 1 River Road,\nRiverside; RS1 2AB");
        net.fortuna.ical4j.model.property.Categories categories = vevent.getRequiredProperty(Property.CATEGORIES);
        assertThat(categories.getCategories().getTexts()).containsExactly("Options, careers; advice");
        assertThat(value(parsed, "X-WR-CALNAME")).isEqualTo(calendarName);
    }

    @Test
    void nonAsciiTextSurvivesTheRoundTrip() throws Exception {
        String title = "Café évening – £5 entry, “all welcome” 🎻 ".repeat(6).strip();
        ZonedDateTime start = ZonedDateTime.of(2026, 2, 10, 18, 0, 0, 0, LONDON);
        EventView event = withText(timed("cafe", start, start.plusHours(2)), title, "Crêpes; café", "Ünïcödé",
                "Salle Fauré", "Rue de l’Église", "Música");

        String ics = write(event);
        VEvent parsed = onlyEvent(parse(ics));

        assertThat(value(parsed, Property.SUMMARY)).isEqualTo(title);
        assertThat(value(parsed, Property.LOCATION)).isEqualTo("Salle Fauré, Rue de l’Église");
    }

    // (h)

    @Test
    void outputUsesCrlfLineEndingsAndNoLineLongerThanSeventyFiveOctets() throws Exception {
        String longTitle = "A very long title, with commas; and semicolons ".repeat(5).substring(0, 199) + ".";
        String accented = "Évènement à l’école – £5, “bienvenue” ".repeat(8);
        ZonedDateTime start = ZonedDateTime.of(2026, 2, 10, 18, 0, 0, 0, LONDON);
        String ics = writer.feed(new CalendarName.CalendarTitle(CALENDAR_NAME, null), List.of(
                withText(timed("long", start, start.plusHours(1)), longTitle, "Summary", "Body\nmore", "Hall", "Road",
                        "Talks"),
                withText(timed("accented", start, start.plusHours(1)), accented, accented, accented, accented,
                        accented, "Talks"),
                allDay("day", LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 29))), PAGE_URL);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> lines = List.of(ics.split("\r\n"));
        assertThat(lines).hasSizeGreaterThan(10);
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        // still reads back whole after folding
        assertThat(parse(ics).<VEvent>getComponents(Component.VEVENT))
                .extracting(vevent -> vevent.getRequiredProperty(Property.SUMMARY).getValue())
                .containsExactly(longTitle, accented.strip(), "Event day");
    }

    // helpers

    private String write(EventView event) {
        return writer.feed(new CalendarName.CalendarTitle(CALENDAR_NAME, null), List.of(event), PAGE_URL);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "");
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getRequiredProperty(name).getValue();
    }

    private static String value(VEvent event, String name) {
        return event.getRequiredProperty(name).getValue();
    }

    private static Instant instantOf(VEvent event, String name) {
        DateProperty<?> property = event.getRequiredProperty(name);
        Temporal date = property.getDate();
        return switch (date) {
            case Instant instant -> instant;
            case ZonedDateTime zoned -> zoned.toInstant();
            case java.time.OffsetDateTime offset -> offset.toInstant();
            default -> throw new AssertionError(name + " is not a date-time: " + date);
        };
    }

    private static LocalDate dateOf(Property property) {
        Temporal date = ((DateProperty<?>) property).getDate();
        assertThat(date).isInstanceOf(LocalDate.class);
        return (LocalDate) date;
    }

    private static String tzid(VEvent event, String name) {
        return event.getRequiredProperty(name).getRequiredParameter(Parameter.TZID).getValue();
    }

    private static String valueParameter(Property property) {
        return property.getRequiredParameter(Parameter.VALUE).getValue();
    }

    // fixtures

    /** A published timed event hosted by Riverside Academy (tag class {@code school-tag--riverside}). */
    static EventView timed(String slug, ZonedDateTime start, ZonedDateTime end) {
        return timed(UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)), slug, "Event " + slug, start, end,
                1, EventStatus.PUBLISHED, UPDATED);
    }

    private static EventView timed(UUID uid, String slug, String title, ZonedDateTime start, ZonedDateTime end,
            int sequence, EventStatus status, Instant updatedAt) {
        return event(uid, slug, title, false, start, end, null, null, sequence, status, updatedAt);
    }

    private static EventView allDay(String slug, LocalDate first, LocalDate last) {
        return event(UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)), slug, "Event " + slug, true,
                first.atStartOfDay(LONDON), last.plusDays(1).atStartOfDay(LONDON), first, last, 1,
                EventStatus.PUBLISHED, UPDATED);
    }

    private static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static EventView event(UUID uid, String slug, String title, boolean allDay, ZonedDateTime start,
            ZonedDateTime end, LocalDate startDate, LocalDate endDate, int sequence, EventStatus status,
            Instant updatedAt) {
        SchoolView host = new SchoolView(1, "Riverside Academy", "riverside", Sector.STATE, null,
                "1 River Road", "A school.", "#005A9C", null);
        return new EventView(1, uid, title, slug, "A short summary.", "The **full** description.", allDay, start, end,
                startDate, endDate, "Main Hall", "1 River Road, Riverside RS1 2AB", null, false, List.of(host),
                new CategoryView(1, "Music", "music"), List.of(Audience.PARENTS), List.of(), "", null, status,
                status == EventStatus.CANCELLED ? updatedAt : null, status == EventStatus.CANCELLED ? "Rain" : "",
                sequence, CREATED, updatedAt, null, null, null, false);
    }

    private static EventView withVenue(EventView e, String venueName, String venueAddress, String onlineUrl) {
        return new EventView(e.id(), e.uid(), e.title(), e.slug(), e.summary(), e.description(), e.allDay(),
                e.startsAt(), e.endsAt(), e.startDate(), e.endDate(), venueName, venueAddress, onlineUrl,
                e.wholePartnership(), e.hosts(), e.category(), e.audiences(), e.yearGroups(), e.bookingText(),
                e.bookingUrl(), e.status(), e.cancelledAt(), e.cancellationReason(), e.sequence(), e.createdAt(),
                e.updatedAt(), e.postponedTo(), e.postponedFrom(), e.picture(), e.picturePupils());
    }

    private static EventView withText(EventView e, String title, String summary, String description, String venueName,
            String venueAddress, String categoryName) {
        return new EventView(e.id(), e.uid(), title, e.slug(), summary, description, e.allDay(), e.startsAt(),
                e.endsAt(), e.startDate(), e.endDate(), venueName, venueAddress, e.onlineUrl(), e.wholePartnership(),
                e.hosts(), new CategoryView(2, categoryName, "category"), e.audiences(), e.yearGroups(),
                e.bookingText(), e.bookingUrl(), e.status(), e.cancelledAt(), e.cancellationReason(), e.sequence(),
                e.createdAt(), e.updatedAt(), e.postponedTo(), e.postponedFrom(), e.picture(), e.picturePupils());
    }
}
