package uk.partnership.base.web;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

/** {@link DateFormats} for templates, as {@code @dates}: so a page formats a date as the rest of the site does. */
@Component("dates")
public class DateText {

    /** "Tuesday 3 March 2026". */
    public String longDay(LocalDate day) {
        return DateFormats.LONG_DAY.format(day);
    }

    /** "March 2026". */
    public String month(YearMonth month) {
        return DateFormats.MONTH.format(month);
    }
}
