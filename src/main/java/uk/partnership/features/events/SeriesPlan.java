package uk.partnership.features.events;

import java.time.LocalDate;
import java.util.List;

/** A checked repeat: the series' rule and the days it gives, first to last (at least two). */
record SeriesPlan(SeriesRule rule, List<LocalDate> days) {

    /** For the audit: "WEEKLY, 4 dates from 2031-05-06 to 2031-05-27, skipping term breaks". */
    String describe() {
        return rule.frequency() + (rule.weekOfMonth() != 0 ? " (" + rule.weekOfMonth() + ")" : "") + ", "
                + days.size() + " dates from " + days.getFirst() + " to " + days.getLast()
                + (rule.skipTermBreaks() ? ", skipping term breaks" : "");
    }
}
