package uk.partnership.features.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.partnership.TermBreakView;

/**
 * How a series repeats, and the days it falls on. Days are local dates in the site's zone: an occurrence keeps
 * its local start time whatever the UTC offset of its day, so a 16:00 session stays at 16:00 across a clock change.
 * <ul>
 * <li>The first day is always an occurrence: the coordinator chose it.</li>
 * <li>Monthly on a date: a month without that date (the 31st in April, the 30th in February) is skipped, as
 * RFC 5545 and the common calendar apps do, rather than moved to the month's last day.</li>
 * <li>With {@code skipTermBreaks}, a day inside a term break is skipped and does not count towards
 * {@code count}: "10 times" means ten sessions that take place.</li>
 * <li>Nothing is ever generated more than {@link #LONGEST} after the first day.</li>
 * </ul>
 *
 * @param weekOfMonth for {@link Frequency#MONTHLY_WEEKDAY}: 1 to 4 (first to fourth weekday of the month) or
 *                    {@link #LAST}; otherwise 0
 */
record SeriesRule(Frequency frequency, LocalDate firstDay, int weekOfMonth, @Nullable LocalDate until,
                  @Nullable Integer count, boolean skipTermBreaks) {

    static final Period LONGEST = Period.ofYears(2);
    static final int MIN_COUNT = 2;
    static final int MAX_COUNT = 100;
    static final int LAST = -1;

    public enum Frequency {
        WEEKLY, FORTNIGHTLY, MONTHLY_DATE, MONTHLY_WEEKDAY
    }

    /** Which weekday of its month a day is: 1 for the first Tuesday, 5 for a fifth. */
    static int weekOfMonth(LocalDate day) {
        return (day.getDayOfMonth() - 1) / 7 + 1;
    }

    DayOfWeek weekday() {
        return firstDay.getDayOfWeek();
    }

    /** The days of the series, first to last. */
    List<LocalDate> days(List<TermBreakView> breaks) {
        LocalDate limit = firstDay.plus(LONGEST);
        if (until != null && until.isBefore(limit)) {
            limit = until;
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; count == null || days.size() < count; i++) {
            LocalDate periodStart = periodStart(i);
            if (periodStart.isAfter(limit)) {
                break;
            }
            LocalDate day = day(i);
            if (day == null || day.isAfter(limit) || day.isBefore(firstDay)) {
                continue;
            }
            if (i > 0 && skipTermBreaks && breaks.stream().anyMatch(range -> range.includes(day))) {
                continue;
            }
            days.add(day);
        }
        return days;
    }

    private LocalDate periodStart(int i) {
        return switch (frequency) {
            case WEEKLY -> firstDay.plusWeeks(i);
            case FORTNIGHTLY -> firstDay.plusWeeks(2L * i);
            case MONTHLY_DATE, MONTHLY_WEEKDAY -> YearMonth.from(firstDay).plusMonths(i).atDay(1);
        };
    }

    private @Nullable LocalDate day(int i) {
        return switch (frequency) {
            case WEEKLY -> firstDay.plusWeeks(i);
            case FORTNIGHTLY -> firstDay.plusWeeks(2L * i);
            case MONTHLY_DATE -> {
                YearMonth month = YearMonth.from(firstDay).plusMonths(i);
                yield month.isValidDay(firstDay.getDayOfMonth()) ? month.atDay(firstDay.getDayOfMonth()) : null;
            }
            case MONTHLY_WEEKDAY -> {
                LocalDate first = YearMonth.from(firstDay).plusMonths(i).atDay(1);
                yield weekOfMonth == LAST ? first.with(TemporalAdjusters.lastInMonth(weekday()))
                        : first.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday()));
            }
        };
    }

    /** The same rule from another first day on (for "this and following"), ending on the same day. */
    SeriesRule endingBefore(LocalDate day) {
        return new SeriesRule(frequency, firstDay, weekOfMonth, day.minusDays(1), null, skipTermBreaks);
    }
}
