package uk.partnership.features.proposals;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.DateFormats;

/** One date a representative proposed, with its start and end times if given. */
public record ProposedDate(LocalDate day, @Nullable LocalTime starts, @Nullable LocalTime ends) {

    /** "Tue 3 Mar 2026, 16:00–17:30", "Tue 3 Mar 2026, from 16:00" or "Tue 3 Mar 2026". */
    public String text() {
        String date = DateFormats.DAY.format(day);
        if (starts == null) {
            return date;
        }
        return ends == null ? date + ", from " + DateFormats.TIME.format(starts)
                : date + ", " + DateFormats.TIME.format(starts) + "\u2013" + DateFormats.TIME.format(ends);
    }

    /** The {@code <time datetime>} of the day. */
    public String datetime() {
        return day.toString();
    }
}
