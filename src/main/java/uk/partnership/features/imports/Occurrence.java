package uk.partnership.features.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import uk.partnership.features.events.EventImports;

/**
 * One date of an entry of a school's calendar, as read: keyed by its UID and, for a date of a repeating entry, its
 * original start ({@code recurrenceId}: UTC "yyyyMMddTHHmmssZ" or a date "yyyyMMdd"; empty for a one-off entry).
 */
record Occurrence(String uid, String recurrenceId, String title, String description, String location,
                  String categories, boolean allDay, Instant startsAt, Instant endsAt, LocalDate firstDay,
                  LocalDate lastDay, boolean cancelled) {

    /** Whether the title or the categories contain the keyword (any case); every entry does for no keyword. */
    boolean matches(String keyword) {
        String wanted = keyword.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || title.toLowerCase(Locale.ROOT).contains(wanted)
                || categories.toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** Whether a later reading says the same of it (the categories only choose what is imported). */
    boolean sameAs(Occurrence other) {
        return title.equals(other.title) && description.equals(other.description) && location.equals(other.location)
                && allDay == other.allDay && startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt)
                && firstDay.equals(other.firstDay) && lastDay.equals(other.lastDay) && cancelled == other.cancelled;
    }

    /** Whether the event made of it would move (time or place): a change of its text alone does not. */
    boolean movedFrom(Occurrence other) {
        return !location.equals(other.location) || allDay != other.allDay || !startsAt.equals(other.startsAt)
                || !endsAt.equals(other.endsAt) || !firstDay.equals(other.firstDay) || !lastDay.equals(other.lastDay);
    }

    EventImports.Imported toEvent() {
        return new EventImports.Imported(title, description, location, allDay, startsAt, endsAt, firstDay, lastDay);
    }
}
