package uk.partnership.features.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** A month as weeks of days from Monday to Sunday, each day with the events that fall on it. */
public record MonthGrid(YearMonth month, List<Week> weeks) {

    public record Week(List<Day> days) {
    }

    public record Day(LocalDate date, boolean inMonth, boolean today, List<EventView> events) {

        /** The cell's style classes (built here: a double underscore in a template is Thymeleaf syntax). */
        public String cssClasses() {
            var classes = new StringBuilder("month__day");
            if (!inMonth) {
                classes.append(" month__day--outside");
            }
            if (events.isEmpty()) {
                classes.append(" month__day--empty");
            }
            if (today) {
                classes.append(" month__day--today");
            }
            return classes.toString();
        }
    }

    static MonthGrid of(YearMonth month, List<EventView> events, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Week> weeks = new ArrayList<>();
        List<Day> days = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            LocalDate day = date;
            boolean inMonth = YearMonth.from(day).equals(month);
            // Days of the neighbouring months are shown for the shape of the grid; their events belong to their own month.
            List<EventView> onDay = !inMonth ? List.of() : events.stream()
                    .filter(event -> !event.firstDay().isAfter(day) && !event.lastDay().isBefore(day))
                    .toList();
            days.add(new Day(day, inMonth, day.equals(today), onDay));
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weeks.add(new Week(List.copyOf(days)));
                days.clear();
            }
        }
        return new MonthGrid(month, weeks);
    }

    public boolean hasEvents() {
        return weeks.stream().flatMap(week -> week.days().stream())
                .anyMatch(day -> day.inMonth() && !day.events().isEmpty());
    }
}
