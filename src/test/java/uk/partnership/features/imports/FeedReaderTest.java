package uk.partnership.features.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.partnership.base.web.SiteProperties;

/** Issue 22: feeds read as real producers write them, into one occurrence per date, each keyed by UID and date. */
class FeedReaderTest {

    static final int Y = Fixtures.YEAR;
    static final Instant FROM = Instant.parse(Y + "-01-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse(Y + "-12-31T00:00:00Z");

    final FeedReader reader = new FeedReader(new SiteProperties(URI.create("http://localhost"), ZoneId.of("Europe/London")));

    List<Occurrence> read(String fixture) throws FeedProblem {
        return reader.read(Fixtures.feed(fixture), FROM, UNTIL);
    }

    static Occurrence titled(List<Occurrence> found, String title) {
        return found.stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void googleCalendarsUtcTimesFoldedLinesAndEscapesAreRead() throws FeedProblem {
        Occurrence evening = titled(read("google.ics"), "Partnership: university applications evening");

        assertThat(evening.startsAt()).isEqualTo(Instant.parse(Y + "-03-03T16:00:00Z"));
        assertThat(evening.endsAt()).isEqualTo(Instant.parse(Y + "-03-03T17:30:00Z"));
        assertThat(evening.description()).isEqualTo("A talk for sixth formers and their parents about applying to "
                + "university, with time for questions afterwards.");
        assertThat(evening.location()).isEqualTo("Radley College, Theatre, Abingdon OX14 2HR");
        assertThat(evening.recurrenceId()).isEmpty();
    }

    @Test
    void aWeeklyRuleIsExpandedWithoutItsExceptionDateAndWithItsOverride() throws FeedProblem {
        List<Occurrence> club = read("google.ics").stream()
                .filter(o -> o.uid().equals("weekly-robotics-club@google.com")).toList();

        // 1, 8 (EXDATE), 15 (moved to 17:00), 22 June: three dates, summer time (16:00 BST is 15:00Z).
        assertThat(club).extracting(Occurrence::startsAt).containsExactly(Instant.parse(Y + "-06-01T15:00:00Z"),
                Instant.parse(Y + "-06-15T16:00:00Z"), Instant.parse(Y + "-06-22T15:00:00Z"));
        assertThat(club).extracting(Occurrence::recurrenceId).containsExactly(Y + "0601T150000Z", Y + "0615T150000Z",
                Y + "0622T150000Z");
        assertThat(club.get(1).title()).isEqualTo("Partnership robotics club (later start)");
    }

    @Test
    void anAllDayEntryWithoutAnEndIsOneDay() throws FeedProblem {
        Occurrence inset = titled(read("google.ics"), "Partnership INSET day");

        assertThat(inset.allDay()).isTrue();
        assertThat(inset.firstDay()).isEqualTo(LocalDate.of(Y, 4, 10));
        assertThat(inset.lastDay()).isEqualTo(LocalDate.of(Y, 4, 10));
    }

    @Test
    void outlooksWindowsZoneNameIsLondonInSummerAndItsAllDayEndIsExclusive() throws FeedProblem {
        List<Occurrence> found = read("outlook.ics");
        Occurrence fair = titled(found, "Year 9 careers fair");
        Occurrence sports = titled(found, "Sports day");

        assertThat(fair.startsAt()).isEqualTo(Instant.parse(Y + "-06-17T15:00:00Z"));
        assertThat(fair.endsAt()).isEqualTo(Instant.parse(Y + "-06-17T17:30:00Z"));
        assertThat(fair.uid()).isEqualTo("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A70100000000000000001000000012345678901234567890123456789012");
        assertThat(sports.firstDay()).isEqualTo(LocalDate.of(Y, 7, 2));
        assertThat(sports.lastDay()).isEqualTo(LocalDate.of(Y, 7, 3));
        assertThat(titled(found, "Cancelled concert").cancelled()).isTrue();
        assertThat(titled(found, "Cancelled concert").startsAt()).isEqualTo(Instant.parse(Y + "-03-01T19:00:00Z"));
    }

    @Test
    void aWindowsZoneNameWithoutItsDefinitionIsStillLondon() throws FeedProblem {
        String feed = new String(Fixtures.feed("outlook.ics"), StandardCharsets.UTF_8);
        String bare = feed.substring(0, feed.indexOf("BEGIN:VTIMEZONE")) + feed.substring(feed.indexOf("END:VTIMEZONE") + 15);

        Occurrence fair = titled(reader.read(bare.getBytes(StandardCharsets.UTF_8), FROM, UNTIL), "Year 9 careers fair");

        assertThat(fair.startsAt()).isEqualTo(Instant.parse(Y + "-06-17T15:00:00Z"));
    }

    @Test
    void floatingTimesAreLondonsAndAMissingEndIsLeftToTheEventModule() throws FeedProblem {
        List<Occurrence> found = read("floating.ics");
        Occurrence open = titled(found, "Open morning");
        Occurrence briefing = titled(found, "Mock exams briefing");

        assertThat(open.startsAt()).isEqualTo(Instant.parse(Y + "-06-10T08:00:00Z"));
        assertThat(open.endsAt()).isEqualTo(open.startsAt());
        assertThat(open.toEvent().endsAt()).isEqualTo(Instant.parse(Y + "-06-10T09:00:00Z"));
        assertThat(briefing.startsAt()).isEqualTo(Instant.parse(Y + "-01-12T09:00:00Z"));
        assertThat(briefing.endsAt()).isEqualTo(Instant.parse(Y + "-01-12T11:00:00Z"));
    }

    @Test
    void onlyDatesWithinTheWindowAreRead() throws FeedProblem {
        List<Occurrence> found = reader.read(Fixtures.feed("google.ics"), Instant.parse(Y + "-06-10T00:00:00Z"),
                Instant.parse(Y + "-06-20T00:00:00Z"));

        assertThat(found).extracting(Occurrence::title).containsExactly("Partnership robotics club (later start)");
    }

    @Test
    void whatIsNotICalendarIsRefusedWithAReason() {
        assertThatThrownBy(() -> reader.read("BEGIN:VCALENDAR\r\nthis is not\r\n".getBytes(StandardCharsets.UTF_8),
                FROM, UNTIL)).isInstanceOf(FeedProblem.class)
                .satisfies(problem -> assertThat(((FeedProblem) problem).code()).isEqualTo("unreadable"));
    }
}
