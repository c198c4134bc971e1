package uk.partnership.base.web;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The window of dates the site accepts anywhere a date is typed or sent: years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}. A date outside it is a typing mistake or a crafted request, and it would not fit the
 * database's timestamps or the calendar's arithmetic.
 */
public final class SensibleDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private SensibleDates() {
    }

    public static boolean contains(LocalDate day) {
        return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
    }

    public static boolean contains(YearMonth month) {
        return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
    }

    /** The window, as message arguments: "between {0} and {1}". */
    public static Object[] window() {
        return new Object[] {String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)};
    }
}
