package uk.partnership.features.events;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.schools.SchoolView;

/**
 * An event as the month's calendar shows it, and no more: the month's statement reads these columns only, not an
 * event's texts, picture or booking (issue 18: 11 of its 40 columns, and a fifth of the bytes at 10,000 events).
 */
public record MonthEvent(String title, String slug, boolean allDay, ZonedDateTime startsAt, ZonedDateTime endsAt,
                         @Nullable LocalDate startDate, @Nullable LocalDate endDate, boolean wholePartnership,
                         List<SchoolView> hosts, boolean cancelled, boolean postponed) implements CalendarEvent {
}
