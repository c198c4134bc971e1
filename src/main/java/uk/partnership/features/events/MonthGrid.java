package uk.partnership.features.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
     * One cell.
     *
     * @param bars   the row's lanes as this cell holds them: a bar starting here, or an empty slot
     * @param events the events of this day alone
     */
    public record Day(LocalDate date, boolean inMonth, boolean today, List<Slot> bars, List<EventView> events) {

        /** Whether the cell lists anything a reader should meet here (a continued bar was met in its first cell). */
        public boolean hasEvents() {
            return !events.isEmpty() || bars.stream().anyMatch(slot -> slot.event() != null && !slot.continued());
        }

        /** Whether the cell holds anything at all, lane slots included. */
        public boolean hasItems() {
            return !events.isEmpty() || !bars.isEmpty();
        }

        /** The cell's style classes (built here: a double underscore in a template is Thymeleaf syntax). */
        public String cssClasses() {
            var classes = new StringBuilder("month__day");
            if (!inMonth) {
                classes.append(" month__day--outside");
            }
            if (!hasEvents()) {
                classes.append(" month__day--empty");
            }
            if (today) {
                classes.append(" month__day--today");
            }
            return classes.toString();
        }
    }

    /**
     * A lane slot of a cell: a bar of {@code span} days starting in it, or nothing (an event of null).
     *
     * @param continued whether the bar continues one from an earlier row: shown, but reached once only, in its first
     */
    public record Slot(@Nullable EventView event, int span, boolean continued) {

        static final Slot EMPTY = new Slot(null, 0, false);

        /** The slot's style classes: its span, and its colour, that of its one host school or of the partnership. */
        public String cssClasses() {
            if (event == null) {
                return "month__slot month__slot--empty";
            }
            var classes = new StringBuilder("month__slot month__slot--span-").append(span);
            if (continued) {
                classes.append(" month__slot--continued");
            }
            return classes.toString();
        }

        public String colourClass() {
            if (event == null) {
                return "";
            }
            if (event.wholePartnership()) {
                return "school-tag--partnership";
            }
            return event.hosts().size() == 1 ? event.hosts().getFirst().tagClass() : "event-item--several";
        }
    }

    static MonthGrid of(YearMonth month, List<EventView> events, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<EventView> multiDay = events.stream().filter(EventView::multiDay).toList();
        List<EventView> oneDay = events.stream().filter(event -> !event.multiDay()).toList();
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(week(month, monday, multiDay, oneDay, today));
        }
        return new MonthGrid(month, weeks);
    }

    /** A segment of a bar: the days of one row it covers. */
    private record Segment(EventView event, LocalDate start, LocalDate end, boolean continued) {
    }

    private static Week week(YearMonth month, LocalDate monday, List<EventView> multiDay, List<EventView> oneDay,
                             LocalDate today) {
        // Days of the neighbouring months are shown for the shape of the grid; their events belong to their own month.
        LocalDate from = max(monday, month.atDay(1));
        LocalDate to = min(monday.plusDays(6), month.atEndOfMonth());
        List<Segment> segments = multiDay.stream()
                .filter(event -> !event.firstDay().isAfter(to) && !event.lastDay().isBefore(from))
                .map(event -> new Segment(event, max(event.firstDay(), from), min(event.lastDay(), to),
                        max(event.firstDay(), month.atDay(1)).isBefore(from)))
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
                            .map(segment -> new Slot(segment.event(),
                                    (int) ChronoUnit.DAYS.between(segment.start(), segment.end()) + 1,
                                    segment.continued()))
                            .orElse(Slot.EMPTY));
                }
            }
            List<EventView> onDay = !inMonth ? List.of() : oneDay.stream()
                    .filter(event -> event.firstDay().equals(day)).toList();
            days.add(new Day(day, inMonth, day.equals(today), List.copyOf(bars), onDay));
        }
        return new Week(List.copyOf(days));
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
