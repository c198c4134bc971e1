package uk.partnership.features.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.partnership.TermDateKind;
import uk.partnership.features.events.MonthTermDays.TermEdge;

/**
 * A month as weeks of days from Monday to Sunday. An event of one day is listed in its day; an event of several days
 * is one bar per week row it crosses, given in the cell of its first day in that row and drawn across the cells it
 * spans. Bars sit in lanes, so that two bars in a row never overlap: each cell has a lane slot for each lane down to
 * the lowest bar over it, empty where no bar starts, so that its own events come below the bars.
 */
public record MonthGrid(YearMonth month, List<Week> weeks) {

    public record Week(List<Day> days) {
    }

    /**
     * One cell, with everything its template shows worked out here: a template calling a bean per cell or per event
     * costs an interpreted expression each time: about a fifth of the month page's CPU (issue 18).
     *
     * @param bars       the row's lanes as this cell holds them: a bar starting here, or an empty slot
     * @param events     the events of this day alone
     * @param label      the day as the cell names it, "Tue 3 Mar"
     * @param cssClasses the cell's style classes (built here: a double underscore in a template is Thymeleaf syntax)
     * @param hasEvents  whether the cell lists anything a reader should meet here (a continued bar was met in its
     *                   first cell)
     * @param hasItems   whether the cell holds anything at all, lane slots included
     * @param closed     HOLIDAY or INSET when schools are closed on this day of the month, else null
     * @param termEdge   the term that starts or ends on this day of the month, or null
     */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Slot> bars, List<Entry> events,
                      String label, String cssClasses, boolean hasEvents, boolean hasItems,
                      @Nullable TermDateKind closed, @Nullable TermEdge termEdge) {
    }

    /** An event of one day in its cell, with its time as the cell shows it ("16:00–17:30"). */
    public record Entry(CalendarEvent event, String time) {
    }

    /**
     * A lane slot of a cell: a bar of {@code span} days starting in it, or nothing (an event of null).
     *
     * @param continued   whether the bar continues one from an earlier row: shown, but reached once only, in its first
     * @param time        the bar's whole span ("Fri 26 Mar – Sun 28 Mar"), empty for an empty slot
     * @param cssClasses  the slot's style classes: its span, and whether it continues
     * @param colourClass the bar's colour: that of its one host school, of the partnership, or of several schools
     */
    public record Slot(@Nullable CalendarEvent event, int span, boolean continued, String time, String cssClasses,
                       String colourClass) {

        static final Slot EMPTY = new Slot(null, 0, false, "", "month__slot month__slot--empty", "");

        static Slot of(CalendarEvent event, int span, boolean continued, EventTimes times) {
            var classes = new StringBuilder("month__slot month__slot--span-").append(span);
            if (continued) {
                classes.append(" month__slot--continued");
            }
            String colour = event.wholePartnership() ? "school-tag--partnership"
                    : event.hosts().size() == 1 ? event.hosts().getFirst().tagClass() : "event-item--several";
            return new Slot(event, span, continued, times.range(event), classes.toString(), colour);
        }
    }

    static MonthGrid of(YearMonth month, List<? extends CalendarEvent> events, LocalDate today, MonthTermDays termDays,
                        EventTimes times) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        // Each event's days are worked out once, and each day's events found by its date: a timed event's last day
        // costs a look-up in the zone's rules, and looking through the month's events for each of its days was a
        // tenth of the uncached calendar's CPU (issue 18).
        List<Days> multiDay = new ArrayList<>();
        Map<LocalDate, List<Entry>> oneDay = new HashMap<>();
        for (CalendarEvent event : events) {
            LocalDate firstDay = event.firstDay();
            LocalDate lastDay = event.lastDay();
            if (!firstDay.equals(lastDay)) {
                multiDay.add(new Days(event, firstDay, lastDay));
            } else if (YearMonth.from(firstDay).equals(month)) {
                // Days of the neighbouring months are shown for the grid's shape; their events are their own month's.
                oneDay.computeIfAbsent(firstDay, day -> new ArrayList<>())
                        .add(new Entry(event, times.onDay(event, firstDay, firstDay, lastDay)));
            }
        }
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(week(month, monday, multiDay, oneDay, today, termDays, times));
        }
        return new MonthGrid(month, weeks);
    }

    /** An event with its first and last day in the site's zone. */
    private record Days(CalendarEvent event, LocalDate first, LocalDate last) {
    }

    /** A segment of a bar: the days of one row it covers. */
    private record Segment(CalendarEvent event, LocalDate start, LocalDate end, boolean continued) {
    }

    private static Week week(YearMonth month, LocalDate monday, List<Days> multiDay, Map<LocalDate, List<Entry>> oneDay,
                             LocalDate today, MonthTermDays termDays, EventTimes times) {
        // Days of the neighbouring months are shown for the shape of the grid; their events belong to their own month.
        LocalDate from = max(monday, month.atDay(1));
        LocalDate to = min(monday.plusDays(6), month.atEndOfMonth());
        List<Segment> segments = multiDay.stream()
                .filter(event -> !event.first().isAfter(to) && !event.last().isBefore(from))
                .map(event -> new Segment(event.event(), max(event.first(), from), min(event.last(), to),
                        max(event.first(), month.atDay(1)).isBefore(from)))
                .sorted(Comparator.comparing(Segment::start)
                        .thenComparing(segment -> -ChronoUnit.DAYS.between(segment.start(), segment.end())))
                .toList();
        // Each segment in the first lane that is free on its first day.
        List<List<Segment>> lanes = new ArrayList<>();
        for (Segment segment : segments) {
            List<Segment> lane = lanes.stream()
                    .filter(candidate -> candidate.getLast().end().isBefore(segment.start())).findFirst()
                    .orElseGet(() -> {
                        lanes.add(new ArrayList<>());
                        return lanes.getLast();
                    });
            lane.add(segment);
        }
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            boolean inMonth = YearMonth.from(day).equals(month);
            List<Slot> bars = new ArrayList<>();
            if (inMonth) {
                // As many slots as the lowest bar over this day needs, so that its events come below the bars.
                int needed = 0;
                for (int index = 0; index < lanes.size(); index++) {
                    if (lanes.get(index).stream().anyMatch(segment -> covers(segment, day))) {
                        needed = index + 1;
                    }
                }
                for (List<Segment> lane : lanes.subList(0, needed)) {
                    bars.add(lane.stream().filter(segment -> segment.start().equals(day)).findFirst()
                            .map(segment -> Slot.of(segment.event(),
                                    (int) ChronoUnit.DAYS.between(segment.start(), segment.end()) + 1,
                                    segment.continued(), times))
                            .orElse(Slot.EMPTY));
                }
            }
            List<Entry> onDay = List.copyOf(oneDay.getOrDefault(day, List.of()));
            days.add(day(day, inMonth, day.equals(today), List.copyOf(bars), onDay, termDays, times));
        }
        return new Week(List.copyOf(days));
    }

    private static Day day(LocalDate date, boolean inMonth, boolean today, List<Slot> bars, List<Entry> events,
                           MonthTermDays termDays, EventTimes times) {
        boolean hasEvents = !events.isEmpty() || bars.stream().anyMatch(slot -> slot.event() != null && !slot.continued());
        TermDateKind closed = inMonth ? termDays.on(date) : null;
        var classes = new StringBuilder("month__day");
        if (!inMonth) {
            classes.append(" month__day--outside");
        }
        if (!hasEvents) {
            classes.append(" month__day--empty");
        }
        if (today) {
            classes.append(" month__day--today");
        }
        if (closed != null) {
            classes.append(" month__day--").append(closed.name().toLowerCase(Locale.ROOT));
        }
        return new Day(date, inMonth, today, bars, events, times.shortDay(date), classes.toString(), hasEvents,
                !events.isEmpty() || !bars.isEmpty(), closed, inMonth ? termDays.edge(date) : null);
    }

    public boolean hasEvents() {
        return weeks.stream().flatMap(week -> week.days().stream()).anyMatch(day -> day.inMonth() && day.hasEvents());
    }

    private static boolean covers(Segment segment, LocalDate day) {
        return !segment.start().isAfter(day) && !segment.end().isBefore(day);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
