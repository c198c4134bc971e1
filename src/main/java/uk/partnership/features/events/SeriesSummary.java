package uk.partnership.features.events;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.features.events.SeriesRule.Frequency;

/**
 * What an occurrence's page says about its series: how it repeats, the day of its last date that takes place,
 * and some of its other dates still to come.
 */
public record SeriesSummary(Frequency frequency, int weekOfMonth, LocalDate firstDay, @Nullable LocalDate lastDay,
                            boolean skipsTermBreaks, List<OtherDate> otherDates) {

    public record OtherDate(String slug, boolean allDay, LocalDate day, ZonedDateTime startsAt, ZonedDateTime endsAt,
                            boolean cancelled) {
    }
}
