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
 * The form for one term dates entry, as typed: every field is text, so nothing fails to bind and what was typed
 * comes back on the page. The date boxes are read by {@link FormDates}: 2026-12-19 from the picker, 19/12/2026
 * typed. An INSET day's last day may be left
 * empty: it is then one day.
 *
 * @param kind     TERM, HOLIDAY or INSET
 * @param school   whose entry it is: a school's id, or empty for the shared dates (a representative's form has no
 *                 such field: the school is theirs, whatever is posted)
 * @param version  the version of the entry the form was opened on; empty when adding one
 */
public record TermDateForm(
        @Nullable String kind,
        @Nullable String school,
        @NotBlank(message = "{admin.termDates.name.required}")
        @Size(max = 100, message = "{admin.termDates.name.tooLong}") @SingleLine @Nullable String name,
        @Nullable String firstDay,
        @Nullable String lastDay,
        @Nullable String version) {

    static TermDateForm empty() {
        return new TermDateForm(TermDateKind.HOLIDAY.name(), "", "", "", "", "");
    }

    static TermDateForm of(TermDateView entry) {
        return new TermDateForm(entry.kind().name(), entry.schoolId() == null ? "" : entry.schoolId().toString(),
                entry.name(), entry.firstDay().toString(), entry.lastDay().toString(), String.valueOf(entry.version()));
    }

    /** The same form for {@code schoolId}'s own dates, whatever school was posted. */
    TermDateForm forSchool(long schoolId) {
        return new TermDateForm(kind, String.valueOf(schoolId), name, firstDay, lastDay, version);
    }

    String trimmedName() {
        return name == null ? "" : name.strip();
    }

    @Nullable TermDateKind entryKind() {
        try {
            return kind == null ? null : TermDateKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The school typed, or null for the shared dates; -1 for something that is no school's id. */
    @Nullable Long schoolId() {
        if (school == null || school.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(school.strip());
            return id > 0 ? id : -1L;
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    @Nullable LocalDate first() {
        return day(firstDay);
    }

    /** The last day; an INSET day's empty last day is its first. */
    @Nullable LocalDate last() {
        if (entryKind() == TermDateKind.INSET && (lastDay == null || lastDay.isBlank())) {
            return first();
        }
        return day(lastDay);
    }

    @Nullable Integer openedAtVersion() {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The longest entry of each kind there is, with room to spare: a term is about 15 weeks, the summer holiday 6. */
    static Period longest(TermDateKind kind) {
        return switch (kind) {
            case TERM -> Period.ofWeeks(20);
            case HOLIDAY -> Period.ofWeeks(10);
            case INSET -> Period.ofDays(6);
        };
    }

    /**
     * The kind and date rules: a kind chosen; both days given and real (an INSET day's last day may be empty), the
     * last not before the first, and no longer than {@link #longest}.
     */
    void checkKindAndDays(Errors errors) {
        TermDateKind entryKind = entryKind();
        if (entryKind == null) {
            errors.rejectValue("kind", "admin.termDates.kind.required");
        }
        checkDay("firstDay", firstDay, errors);
        if (entryKind != TermDateKind.INSET || (lastDay != null && !lastDay.isBlank())) {
            checkDay("lastDay", lastDay, errors);
        }
        LocalDate first = first();
        LocalDate last = last();
        if (first != null && last != null && last.isBefore(first)) {
            errors.rejectValue("lastDay", "admin.termDates.lastDay.beforeFirst");
        } else if (entryKind != null && first != null && last != null && last.isAfter(first.plus(longest(entryKind)))) {
            errors.rejectValue("lastDay", "admin.termDates.lastDay.tooLong." + entryKind.name());
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
