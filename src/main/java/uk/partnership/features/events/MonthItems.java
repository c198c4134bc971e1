package uk.partnership.features.events;

import java.time.LocalDate;
import java.util.Map;

/** The month calendar's event items by day, as HTML that {@link EventMarkup} wrote: what each day's list holds. */
public record MonthItems(Map<LocalDate, String> byDay) {

    /** The items of a day's list: its lane slots, then its own events; empty when it has none. */
    public String of(LocalDate day) {
        return byDay.getOrDefault(day, "");
    }
}
