package uk.partnership.features.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published event as other modules' reports read it ({@link EventActivities}): when, what kind, for whom, and which
 * schools host it (none listed when the whole partnership does).
 */
public record HeldEvent(
        long id,
        String title,
        String slug,
        Instant startsAt,
        Instant endsAt,
        boolean allDay,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        String categoryName,
        List<Audience> audiences,
        List<Integer> yearGroups,
        boolean wholePartnership,
        List<Long> hostIds) {

    /** The hours an all-day event counts for each of its days: a school day of activity. */
    public static final int HOURS_PER_DAY = 6;

    /** Whether the school hosts it: one of its hosts, or any school when the whole partnership does. */
    public boolean hostedBy(long schoolId) {
        return wholePartnership || hostIds.contains(schoolId);
    }

    /** How long it ran, in hours: a timed event's length; an all-day event counts {@value #HOURS_PER_DAY} a day. */
    public double hours() {
        if (allDay && startDate != null && endDate != null) {
            return (ChronoUnit.DAYS.between(startDate, endDate) + 1) * (double) HOURS_PER_DAY;
        }
        return Duration.between(startsAt, endsAt).toMinutes() / 60.0;
    }

    /** Whether it has ended by {@code now}. */
    public boolean endedBy(Instant now) {
        return !endsAt.isAfter(now);
    }
}
