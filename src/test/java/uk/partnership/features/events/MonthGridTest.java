package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.partnership.base.partnership.TermDateKind;
import uk.partnership.base.partnership.TermDateView;
import uk.partnership.features.events.MonthGrid.Day;

/**
 * The month grid works out in Java everything its cells show (issue 18): a template calling a bean once per cell or per
 * event pays for an interpreted SpEL expression each time, which was about a fifth of {@code /events}. The cells call
 * no method either: each is a value worked out once, and the cells stay a plain reading of the grid.
 */
class MonthGridTest {

    static final ZoneId LONDON = EventCalendarWriterTest.LONDON;
    static final EventTimes TIMES = new EventTimes(EventCalendarWriterTest.MESSAGES);

    final MonthTermDays termDays = MonthTermDays.of(List.of(
            new TermDateView(1, TermDateKind.TERM, "Autumn term", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 18),
                    null, 0),
            new TermDateView(2, TermDateKind.INSET, "INSET day", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7),
                    null, 0),
            new TermDateView(3, TermDateKind.HOLIDAY, "Christmas holiday", LocalDate.of(2026, 11, 30),
                    LocalDate.of(2026, 11, 30), null, 0)),
            LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null);

    final EventView concert = EventCalendarWriterTest.timed("winter-concert",
            ZonedDateTime.of(2026, 12, 8, 16, 0, 0, 0, LONDON), ZonedDateTime.of(2026, 12, 8, 17, 30, 0, 0, LONDON));
    final EventView residential = EventCalendarWriterTest.timed("residential-trip",
            ZonedDateTime.of(2026, 12, 9, 9, 0, 0, 0, LONDON), ZonedDateTime.of(2026, 12, 11, 15, 0, 0, 0, LONDON));
    final MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 12), List.of(concert, residential),
            LocalDate.of(2026, 12, 4), termDays, TIMES);

    @Test
    void eachCellCarriesItsLabelClassesAndTermDays() {
        assertThat(day(2026, 12, 4).cssClasses()).isEqualTo("month__day month__day--empty month__day--today");
        assertThat(day(2026, 12, 4).label()).isEqualTo("Fri 4 Dec");
        Day inset = day(2026, 12, 7);
        assertThat(inset.cssClasses()).isEqualTo("month__day month__day--empty month__day--inset");
        assertThat(inset.closed()).isEqualTo(TermDateKind.INSET);
        assertThat(day(2026, 12, 18).termEdge()).isEqualTo(new MonthTermDays.TermEdge("Autumn term", false));
        // A day of the month before is shown for the grid's shape, never shaded or labelled, though a holiday.
        Day outside = day(2026, 11, 30);
        assertThat(outside.cssClasses()).isEqualTo("month__day month__day--outside month__day--empty");
        assertThat(outside.closed()).isNull();
        assertThat(outside.termEdge()).isNull();
    }

    @Test
    void eachEventCarriesTheTimeItsCellShows() {
        Day concertDay = day(2026, 12, 8);
        assertThat(concertDay.hasEvents()).isTrue();
        assertThat(concertDay.cssClasses()).isEqualTo("month__day");
        assertThat(concertDay.events()).containsExactly(new MonthGrid.Entry(concert, "16:00\u201317:30"));
        MonthGrid.Slot bar = day(2026, 12, 9).bars().getFirst();
        assertThat(bar.event()).isEqualTo(residential);
        assertThat(bar.time()).isEqualTo("Wed 9 Dec, 09:00 \u2013 Fri 11 Dec, 15:00");
        assertThat(bar.cssClasses()).isEqualTo("month__slot month__slot--span-3");
        assertThat(bar.colourClass()).isEqualTo("school-tag--riverside");
        // Under a bar that started the day before, an empty slot keeps the cell's own events below the bar.
        assertThat(day(2026, 12, 10).bars()).containsExactly(MonthGrid.Slot.EMPTY);
        assertThat(day(2026, 12, 10).hasItems()).isTrue();
        assertThat(day(2026, 12, 10).hasEvents()).isFalse();
        assertThat(day(2026, 11, 30).hasItems()).isFalse();
    }

    /**
     * The guard: the month's cells read values only, so that a later change cannot bring the cost back unnoticed. The
     * one call is each day's items, written by {@link EventMarkup} (ADR 0037).
     */
    @Test
    void theMonthTemplatesCellsCallNoBeanOrMethodButTheirItems() throws IOException {
        String template = Files.readString(Path.of("src/main/resources/templates/events/month.html"));
        String cells = template.substring(template.indexOf("<tbody>"), template.indexOf("</tbody>"));
        Matcher expressions = Pattern.compile("\\$\\{([^}]*)}").matcher(cells);
        List<String> calls = expressions.results().map(result -> result.group(1))
                .filter(expression -> expression.contains("@") || expression.contains("("))
                .filter(expression -> !expression.equals("items.of(day.date)")).toList();
        assertThat(calls).as("bean or method calls in the month's cells").isEmpty();
    }

    private Day day(int year, int month, int dayOfMonth) {
        LocalDate date = LocalDate.of(year, month, dayOfMonth);
        return grid.weeks().stream().flatMap(week -> week.days().stream()).filter(day -> day.date().equals(date))
                .findFirst().orElseThrow();
    }
}
