package uk.partnership.base.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The one way every form reads a typed date or time (see ADR 0022). Every date box is the browser's own picker
 * ({@code <input type="date">}, which sends 2027-03-27) with the hint {@code form.date.hint} ("For example,
 * 27/03/2027", as the UK picker shows it); a browser without a picker lets people type, so 27/03/2027 and 27/3/2027
 * are read too. Times ({@code <input type="time">}) are the 24-hour clock: 16:00, 9:30, and 16:00:00 as some
 * browsers send. Forms keep dates and times as text, so anything else comes back as typed with a message by its
 * field.
 */
public final class FormDates {

    private static final List<DateTimeFormatter> DAY_FORMS = List.of(
            strict("uuuu-MM-dd"),
            strict("d/M/uuuu"));
    private static final List<DateTimeFormatter> TIME_FORMS = List.of(
            strict("H:mm"),
            strict("H:mm:ss"));

    private FormDates() {
    }

    /** The day typed, or null when it is empty, not a real date in either form, or outside {@link SensibleDates}. */
    public static @Nullable LocalDate day(@Nullable String text) {
        LocalDate day = anyDay(text);
        return day != null && SensibleDates.contains(day) ? day : null;
    }

    /** The day typed in either form, whatever its year; null when it is empty or not a real date. */
    private static @Nullable LocalDate anyDay(@Nullable String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter form : DAY_FORMS) {
            try {
                return LocalDate.parse(typed, form);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return null;
    }

    /** The time typed on the 24-hour clock, or null when it is empty or not a real time. */
    public static @Nullable LocalTime time(@Nullable String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter form : TIME_FORMS) {
            try {
                return LocalTime.parse(typed, form);
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return null;
    }

    /** A day as a date box's value (2027-03-27: what the picker reads and shows as 27/03/2027). */
    public static String value(LocalDate day) {
        return day.toString();
    }

    /** A time as a time box's value (16:00). */
    public static String value(LocalTime time) {
        return DateFormats.TIME.format(time);
    }

    /**
     * Reads the date field {@code field}: empty is null (and the {@code required} message when one is given), a
     * date outside the window gets {@code form.date.outOfRange}, anything else unreadable the {@code invalid}
     * message; both messages end with an example such as 27/03/2027.
     */
    public static @Nullable LocalDate day(Errors errors, String field, @Nullable String text, @Nullable String required,
                                          String invalid) {
        if (text == null || text.isBlank()) {
            if (required != null) {
                errors.rejectValue(field, required);
            }
            return null;
        }
        LocalDate day = anyDay(text);
        if (day == null) {
            errors.rejectValue(field, invalid);
            return null;
        }
        if (!SensibleDates.contains(day)) {
            errors.rejectValue(field, "form.date.outOfRange", SensibleDates.window(), null);
            return null;
        }
        return day;
    }

    /** Reads the time field {@code field}, with the {@code required} and {@code invalid} messages of that field. */
    public static @Nullable LocalTime time(Errors errors, String field, @Nullable String text, @Nullable String required,
                                           String invalid) {
        if (text == null || text.isBlank()) {
            if (required != null) {
                errors.rejectValue(field, required);
            }
            return null;
        }
        LocalTime time = time(text);
        if (time == null) {
            errors.rejectValue(field, invalid);
        }
        return time;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }
}
