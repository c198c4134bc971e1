package uk.partnership.base.partnership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the term dates: a term, a holiday or an INSET day, both days inclusive in the site's time zone.
 *
 * @param schoolId the school that keeps it as its own date, or null for the partnership's shared dates
 */
public record TermDateView(long id, TermDateKind kind, String name, LocalDate firstDay, LocalDate lastDay,
                           @Nullable Long schoolId, int version) {

    /** Whether {@code day} falls in this entry. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** The school year the entry belongs to (see {@link TermBreakView#schoolYear()}). */
    public int schoolYear() {
        return firstDay.getMonthValue() >= 9 ? firstDay.getYear() : firstDay.getYear() - 1;
    }

    public boolean shared() {
        return schoolId == null;
    }

    /** A one-day entry (most INSET days), written as one date. */
    public boolean oneDay() {
        return firstDay.equals(lastDay);
    }

    /** The entry as a range of days that repeating events skip. */
    public TermBreakView asBreak() {
        return new TermBreakView(id, name, firstDay, lastDay, version);
    }
}
