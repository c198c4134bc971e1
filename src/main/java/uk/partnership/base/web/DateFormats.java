package uk.partnership.base.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one set of date and time formats the site shows, in British English. Pages, e-mails and messages take
 * theirs from here, so the same moment reads the same everywhere; give a new shape a name here before using it.
 * (Formats that parse what people type, or that other systems read, such as a calendar link's, stay with their
 * parser.)
 */
public final class DateFormats {

    /** "Tue 3 Mar 2026": a day in lists, cards and summaries. */
    public static final DateTimeFormatter DAY = pattern("EEE d MMM yyyy");
    /** "Tue 3 Mar": a day whose year the page already shows. */
    public static final DateTimeFormatter DAY_WITHOUT_YEAR = pattern("EEE d MMM");
    /** "Tuesday 3 March 2026": a day standing on its own, as on an event's page. */
    public static final DateTimeFormatter LONG_DAY = pattern("EEEE d MMMM yyyy");
    /** "March 2026": a month, as the calendar's month pages name it. */
    public static final DateTimeFormatter MONTH = pattern("MMMM yyyy");
    /** "18:30": a time of day, 24-hour. */
    public static final DateTimeFormatter TIME = pattern("HH:mm");
    /** "Tue 3 Mar 2026, 18:30": when something happened or will (saved, published, sent). */
    public static final DateTimeFormatter DAY_AND_TIME = pattern("EEE d MMM yyyy, HH:mm");
    /** "Tue 3 Mar 2026, 18:30:05": the same to the second, where order within a minute matters (caught mail). */
    public static final DateTimeFormatter DAY_AND_TIME_TO_SECOND = pattern("EEE d MMM yyyy, HH:mm:ss");
    /** "18:30 on Tue 3 Mar 2026": the time first, inside a sentence ("Kim Lee saved this at 18:30 on …"). */
    public static final DateTimeFormatter TIME_ON_DAY = pattern("HH:mm 'on' EEE d MMM yyyy");
    /** "Tuesday 3 March 2026 at 18:30": a deadline spelt out in an e-mail. */
    public static final DateTimeFormatter LONG_DAY_AT_TIME = pattern("EEEE d MMMM yyyy 'at' HH:mm");
    /** "2026-03-03T18:30:00+00:00": the machine-readable moment of a {@code <time datetime>}. */
    public static final DateTimeFormatter MACHINE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private DateFormats() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK);
    }
}
