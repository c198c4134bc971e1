package uk.partnership.features.proposals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays, computed from their rules (see ADR
 * 0021): New Year's Day, Good Friday, Easter Monday, the early May and spring bank holidays, the summer bank
 * holiday, Christmas Day and Boxing Day, a holiday on a weekend moved to the next free weekday ("substitute day").
 * One-off changes by proclamation (a coronation, a jubilee, VE Day's move in 2020) are not rules and are not known.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays(day.getYear()).contains(day);
    }

    /** The working days after {@code from} up to and including {@code to}: 0 when {@code to} is not after it. */
    static int after(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The bank holidays of England and Wales in {@code year}, substitute days included. */
    static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(substitute(LocalDate.of(year, Month.JANUARY, 1), days));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(substitute(LocalDate.of(year, Month.DECEMBER, 25), days));
        days.add(substitute(LocalDate.of(year, Month.DECEMBER, 26), days));
        return days;
    }

    /** The day itself, or when it falls on a weekend, the next weekday not already a holiday. */
    private static LocalDate substitute(LocalDate day, Set<LocalDate> taken) {
        LocalDate result = day;
        while (result.getDayOfWeek() == DayOfWeek.SATURDAY || result.getDayOfWeek() == DayOfWeek.SUNDAY
                || taken.contains(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
