package uk.partnership.features.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** When an event takes place, once the form's dates and times have been checked: local days and instants. */
record EventSpan(boolean allDay, LocalDate first, LocalDate last, Instant startsAt, Instant endsAt, ZoneId zone) {

    static EventSpan allDay(LocalDate first, LocalDate last, ZoneId zone) {
        return new EventSpan(true, first, last, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    /** The same local times moved to start on {@code day}: 16:00 stays 16:00 whatever the day's UTC offset. */
    EventSpan on(LocalDate day) {
        long shift = ChronoUnit.DAYS.between(first, day);
        if (allDay) {
            return allDay(day, last.plusDays(shift), zone);
        }
        return new EventSpan(false, day, last.plusDays(shift), moved(startsAt, shift), moved(endsAt, shift), zone);
    }

    /** How many days after its first the event ends: 0 for one that starts and ends on the same day. */
    long days() {
        return ChronoUnit.DAYS.between(first, last);
    }

    void applyTo(Event event) {
        if (allDay) {
            event.allDay(first, last, zone);
        } else {
            event.timed(startsAt, endsAt);
        }
    }

    private Instant moved(Instant instant, long days) {
        return instant.atZone(zone).toLocalDateTime().plusDays(days).atZone(zone).toInstant();
    }
}
