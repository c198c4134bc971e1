package uk.partnership.features.impact;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;

/**
 * One school's numbers for one event, as typed: text, so that anything that is not a number comes back as typed with
 * a message by its field ({@link NumbersCheck}). Empty counts are none; empty year groups are not known.
 *
 * @param version the version of the saved numbers the form was opened on, 0 when there were none
 */
record NumbersForm(
        @SingleLine @Nullable String students,
        @SingleLine @Nullable String year7,
        @SingleLine @Nullable String year8,
        @SingleLine @Nullable String year9,
        @SingleLine @Nullable String year10,
        @SingleLine @Nullable String year11,
        @SingleLine @Nullable String year12,
        @SingleLine @Nullable String year13,
        @SingleLine @Nullable String staff,
        @SingleLine @Nullable String parents,
        @SingleLine @Nullable String others,
        long version) {

    static NumbersForm empty() {
        return new NumbersForm("", "", "", "", "", "", "", "", "", "", "", 0);
    }

    static NumbersForm of(ImpactRecord saved) {
        Numbers numbers = saved.numbers();
        return new NumbersForm(text(numbers.students()), text(numbers.year(7)), text(numbers.year(8)),
                text(numbers.year(9)), text(numbers.year(10)), text(numbers.year(11)), text(numbers.year(12)),
                text(numbers.year(13)), text(numbers.staff()), text(numbers.parents()), text(numbers.others()),
                saved.version());
    }

    /** The year-group boxes as typed, years 7 to 13 in order. */
    List<@Nullable String> years() {
        return java.util.Arrays.asList(year7, year8, year9, year10, year11, year12, year13);
    }

    private static String text(@Nullable Integer number) {
        return number == null ? "" : number.toString();
    }
}
