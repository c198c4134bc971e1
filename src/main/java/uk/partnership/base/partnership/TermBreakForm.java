package uk.partnership.base.partnership;

import java.time.LocalDate;
import java.time.Period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import uk.partnership.base.web.FormDates;
import uk.partnership.base.web.SingleLine;

/**
 * The coordinator's form for one term break, as typed: every field is text, so nothing fails to bind and what
 * was typed comes back on the page. The date boxes are read by {@link FormDates}: 2026-12-19 from the picker,
 * 19/12/2026 typed.
 *
 * @param version the version of the break the form was opened on; empty when adding one
 */
record TermBreakForm(
        @NotBlank(message = "{admin.termDates.name.required}")
        @Size(max = 100, message = "{admin.termDates.name.tooLong}") @SingleLine @Nullable String name,
        @Nullable String firstDay,
        @Nullable String lastDay,
        @Nullable String version) {

    static TermBreakForm empty() {
        return new TermBreakForm("", "", "", "");
    }

    static TermBreakForm of(TermBreakView termBreak) {
        return new TermBreakForm(termBreak.name(), termBreak.firstDay().toString(), termBreak.lastDay().toString(),
                String.valueOf(termBreak.version()));
    }

    String trimmedName() {
        return name == null ? "" : name.strip();
    }

    @Nullable LocalDate first() {
        return day(firstDay);
    }

    @Nullable LocalDate last() {
        return day(lastDay);
    }

    @Nullable Integer openedAtVersion() {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The longest holiday there is (the summer holiday is about six and a half weeks), with room to spare. */
    static final Period LONGEST = Period.ofWeeks(10);

    /** The date rules: both days given and real, the last not before the first, and no longer than {@link #LONGEST}. */
    void checkDays(Errors errors) {
        checkDay("firstDay", firstDay, errors);
        checkDay("lastDay", lastDay, errors);
        LocalDate first = first();
        LocalDate last = last();
        if (first != null && last != null && last.isBefore(first)) {
            errors.rejectValue("lastDay", "admin.termDates.lastDay.beforeFirst");
        } else if (first != null && last != null && last.isAfter(first.plus(LONGEST))) {
            errors.rejectValue("lastDay", "admin.termDates.lastDay.tooLong");
        }
    }

    private static void checkDay(String field, @Nullable String value, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "admin.termDates." + field + ".required");
        } else if (day(value) == null) {
            errors.rejectValue(field, "admin.termDates." + field + ".invalid");
        }
    }

    private static @Nullable LocalDate day(@Nullable String value) {
        return FormDates.day(value);
    }
}
