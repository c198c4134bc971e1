package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import uk.partnership.base.partnership.TermDateKind;
import uk.partnership.base.partnership.TermDateView;
import uk.partnership.features.events.MonthGrid.Day;

/**
 * The month grid works out in Java everything its cells show (issue 18): a template calling a bean once per cell or per
 * event pays for an interpreted SpEL expression each time, which was about a fifth of {@code /events}. EventMarkup
 * writes the table from it (ADR 0037).
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
     * The table EventMarkup writes from the grid (ADR 0037), as the template wrote it before issue 18: a headed column
     * for each weekday, a row for each week and in each cell its number, its date, "Today", a closed day, a term's
     * end and its items.
     */
    @Test
    void theTableHasAColumnForEachWeekdayAndACellForEachDayWithWhatTheGridSays() {
        var markup = new EventMarkup(EventCalendarWriterTest.MESSAGES, TIMES);

        Element table = Jsoup.parseBodyFragment(markup.monthTable(grid, "?school=larkmead-school"))
                .selectFirst("table.month[aria-labelledby=month-heading]");

        assertThat(table.select("thead th[scope=col]").eachAttr("abbr")).containsExactly("Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        assertThat(table.select("thead th span[aria-hidden=true]").eachText()).containsExactly("Mon", "Tue", "Wed",
                "Thu", "Fri", "Sat", "Sun");
        assertThat(table.select("thead th .visually-hidden").eachText()).first().isEqualTo("Monday");
        assertThat(table.select("tbody > tr")).hasSize(5);
        assertThat(table.select("tbody > tr").getFirst().select("> td")).hasSize(7);
        Element today = cell(table, "2026-12-04");
        assertThat(today.className()).isEqualTo("month__day month__day--empty month__day--today");
        assertThat(today.selectFirst(".month__number[aria-hidden=true]").text()).isEqualTo("4");
        assertThat(today.selectFirst(".month__date").text()).isEqualTo("Fri 4 Dec Today");
        assertThat(today.select("ul")).isEmpty();
        assertThat(cell(table, "2026-12-07").selectFirst(".month__term-label").text())
                .isEqualTo("INSET day (closed to pupils)");
        assertThat(cell(table, "2026-12-18").selectFirst(".month__term-edge").text()).isEqualTo("Autumn term ends");
        assertThat(cell(table, "2026-11-30").className()).isEqualTo("month__day month__day--outside month__day--empty");
        assertThat(cell(table, "2026-11-30").select(".month__term-label")).isEmpty();
        Element concert = cell(table, "2026-12-08");
        assertThat(concert.select("ul.month__events > li a").eachAttr("href"))
                .containsExactly("/events/winter-concert?school=larkmead-school");
        assertThat(concert.selectFirst(".event-item__time").text()).isEqualTo("16:00\u201317:30");
        assertThat(cell(table, "2026-12-09").select("ul.month__events > li.month__slot--span-3")).hasSize(1);
        assertThat(cell(table, "2026-12-10").select("ul.month__events > li.month__slot--empty[aria-hidden=true]"))
                .hasSize(1);
    }

    private static Element cell(Element table, String date) {
        return table.selectFirst("td:has(time[datetime=" + date + "])");
    }

    private Day day(int year, int month, int dayOfMonth) {
        LocalDate date = LocalDate.of(year, month, dayOfMonth);
        return grid.weeks().stream().flatMap(week -> week.days().stream()).filter(day -> day.date().equals(date))
                .findFirst().orElseThrow();
    }
}
