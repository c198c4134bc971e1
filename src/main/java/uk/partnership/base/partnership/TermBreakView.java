package uk.partnership.base.partnership;

import java.time.LocalDate;

/**
 * One of the partnership's school holidays (half term, Christmas, Easter, summer): both days inclusive, in the
 * site's time zone.
 */
public record TermBreakView(long id, String name, LocalDate firstDay, LocalDate lastDay, int version) {

    /** Whether {@code day} falls in this break. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /**
     * The school year the break belongs to, by the year in which that school year starts: a school year runs
     * from 1 September to 31 August, so a break starting in July 2027 belongs to 2026.
     */
    public int schoolYear() {
        return firstDay.getMonthValue() >= 9 ? firstDay.getYear() : firstDay.getYear() - 1;
    }
}
