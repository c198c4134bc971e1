package uk.partnership.features.impact;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Reads the numbers form, refusing by the field anything that is not a whole number, below zero, or more than could
 * have come: more students than the school has on roll (or, when its number on roll is not known, than
 * {@value #MAX_STUDENTS}), more than {@value #MAX_ADULTS} staff, parents and carers or others, or year groups that
 * add up to more than the students.
 */
final class NumbersCheck {

    /** The most students one school can bring when its number on roll is not known: a large secondary school. */
    static final int MAX_STUDENTS = 2_500;
    /** The most staff, parents and carers, or others one school can bring to one event. */
    static final int MAX_ADULTS = 2_000;

    private NumbersCheck() {
    }

    /** The numbers typed, or null with the problems in {@code errors}. */
    static @Nullable Numbers read(NumbersForm form, @Nullable Integer numberOnRoll, String schoolName, Errors errors) {
        int studentCap = numberOnRoll == null ? MAX_STUDENTS : numberOnRoll;
        Integer students = count(errors, "students", form.students(), studentCap,
                numberOnRoll == null ? null : schoolName);
        List<@Nullable Integer> years = new ArrayList<>();
        int byYear = 0;
        for (int year = Numbers.FIRST_YEAR; year <= Numbers.LAST_YEAR; year++) {
            Integer number = count(errors, "year" + year, form.years().get(year - Numbers.FIRST_YEAR), studentCap,
                    numberOnRoll == null ? null : schoolName);
            years.add(number);
            byYear += number == null ? 0 : number;
        }
        Integer staff = count(errors, "staff", form.staff(), MAX_ADULTS, null);
        Integer parents = count(errors, "parents", form.parents(), MAX_ADULTS, null);
        Integer others = count(errors, "others", form.others(), MAX_ADULTS, null);
        if (errors.hasErrors()) {
            return null;
        }
        int studentCount = students == null ? byYear : students;
        if (byYear > studentCount) {
            errors.rejectValue("students", "impact.numbers.years.tooMany", new Object[] {byYear, studentCount}, null);
            return null;
        }
        if (studentCount > studentCap) {
            errors.rejectValue("students", numberOnRoll == null ? "impact.numbers.tooMany" : "impact.numbers.onRoll",
                    new Object[] {studentCap, schoolName}, null);
            return null;
        }
        return new Numbers(studentCount, years, orZero(staff), orZero(parents), orZero(others));
    }

    /** A box's whole number from 0 to {@code cap}; null when empty or refused (then with its message). */
    private static @Nullable Integer count(Errors errors, String field, @Nullable String typed, int cap,
                                           @Nullable String onRollOf) {
        String text = typed == null ? "" : typed.strip().replace(",", "");
        if (text.isEmpty() || errors.hasFieldErrors(field)) {
            return null;
        }
        if (text.matches("-\\d+")) {
            errors.rejectValue(field, "impact.numbers.negative");
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            errors.rejectValue(field, "impact.numbers.notNumber");
            return null;
        }
        int number = Integer.parseInt(text);
        if (number > cap) {
            errors.rejectValue(field, onRollOf == null ? "impact.numbers.tooMany" : "impact.numbers.onRoll",
                    new Object[] {cap, onRollOf}, null);
            return null;
        }
        return number;
    }

    private static int orZero(@Nullable Integer number) {
        return number == null ? 0 : number;
    }
}
