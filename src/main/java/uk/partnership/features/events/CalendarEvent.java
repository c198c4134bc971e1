package uk.partnership.features.events;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.schools.SchoolView;

/**
 * What the month's calendar shows of an event: its title and address, when it is, its hosts, and whether it was
 * cancelled or postponed. {@link MonthEvent} is only this, as the month's statement reads it; {@link EventView}, the
 * whole event, is this and more. Times are in the site's zone; for an all-day event {@link #startDate()} and
 * {@link #endDate()} (inclusive) are the truth.
 */
public interface CalendarEvent {

    String title();

    String slug();

    boolean allDay();

    ZonedDateTime startsAt();

    ZonedDateTime endsAt();

    @Nullable LocalDate startDate();

    @Nullable LocalDate endDate();

    boolean wholePartnership();

    List<SchoolView> hosts();

    /** Cancelled, or postponed (which cancels this date and makes a new event on the new one). */
    boolean cancelled();

    /** Cancelled on this date with a new event made for another date, published or not yet. */
    boolean postponed();

    /** The first day of the event in the site's zone. */
    default LocalDate firstDay() {
        return allDay() ? startDate() : startsAt().toLocalDate();
    }

    /** The last day of the event in the site's zone (an event ending at midnight ends the day before). */
    default LocalDate lastDay() {
        if (allDay()) {
            return endDate();
        }
        ZonedDateTime end = endsAt().minusNanos(1);
        return end.toLocalDate().isBefore(firstDay()) ? firstDay() : end.toLocalDate();
    }

    default boolean multiDay() {
        return !firstDay().equals(lastDay());
    }
}
