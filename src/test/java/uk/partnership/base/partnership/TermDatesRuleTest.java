package uk.partnership.base.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** Which dates a school follows, and the form's rules for the kinds, without a database. */
class TermDatesRuleTest {

    static final long ABINGDON = 1;
    static final long LARKMEAD = 2;

    static final List<TermDateView> ROWS = List.of(
            entry(1, TermDateKind.TERM, "Autumn term", "2026-09-03", "2026-12-18", null),
            entry(2, TermDateKind.HOLIDAY, "Christmas holiday", "2026-12-19", "2027-01-03", null),
            entry(3, TermDateKind.INSET, "Partnership INSET day", "2027-02-05", "2027-02-05", null),
            entry(4, TermDateKind.HOLIDAY, "Christmas holiday 2027", "2027-12-18", "2028-01-02", null),
            entry(5, TermDateKind.TERM, "Michaelmas term", "2026-09-02", "2026-12-11", ABINGDON),
            entry(6, TermDateKind.HOLIDAY, "Christmas holiday", "2026-12-12", "2027-01-05", ABINGDON),
            entry(7, TermDateKind.INSET, "INSET day", "2026-11-02", "2026-11-02", LARKMEAD));

    @Test
    void aSchoolThatKeepsItsOwnTermsFollowsOnlyThoseThatYearWithTheSharedInsetDays() {
        assertThat(TermDates.effective(rowsOf(ABINGDON), ABINGDON)).extracting(TermDateView::id)
                .containsExactly(5L, 6L, 3L, 4L); // its own 2026-27, the shared INSET day, the shared 2027-28
    }

    @Test
    void aSchoolWithOnlyItsOwnInsetDaysFollowsTheSharedTermsAndAddsThem() {
        assertThat(TermDates.effective(rowsOf(LARKMEAD), LARKMEAD)).extracting(TermDateView::id)
                .containsExactly(1L, 7L, 2L, 3L, 4L);
    }

    @Test
    void withoutASchoolTheSharedDatesOnly() {
        assertThat(TermDates.effective(rowsOf(null), null)).extracting(TermDateView::id)
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anInsetDaysEmptyLastDayIsItsFirstButATermNeedsOne() {
        var inset = new TermDateForm("INSET", "", "INSET day", "5/2/2027", "", "");
        var errors = new BeanPropertyBindingResult(inset, "form");
        inset.checkKindAndDays(errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(inset.last()).isEqualTo(LocalDate.of(2027, 2, 5));

        var term = new TermDateForm("TERM", "", "Spring term", "4/1/2027", "", "");
        var termErrors = new BeanPropertyBindingResult(term, "form");
        term.checkKindAndDays(termErrors);
        assertThat(termErrors.getFieldError("lastDay").getCode()).isEqualTo("admin.termDates.lastDay.required");
    }

    @Test
    void eachKindHasItsLongestLength() {
        var week = new TermDateForm("INSET", "", "INSET days", "2027-02-01", "2027-02-08", "");
        var errors = new BeanPropertyBindingResult(week, "form");
        week.checkKindAndDays(errors);
        assertThat(errors.getFieldError("lastDay").getCode()).isEqualTo("admin.termDates.lastDay.tooLong.INSET");
        var term = new TermDateForm("TERM", "", "Autumn term", "2026-09-03", "2026-12-18", "");
        var termErrors = new BeanPropertyBindingResult(term, "form");
        term.checkKindAndDays(termErrors);
        assertThat(termErrors.hasErrors()).isFalse();
    }

    private static List<TermDateView> rowsOf(@Nullable Long school) {
        return ROWS.stream().filter(row -> row.schoolId() == null || row.schoolId().equals(school)).toList();
    }

    private static TermDateView entry(long id, TermDateKind kind, String name, String first, String last,
                                      @Nullable Long school) {
        return new TermDateView(id, kind, name, LocalDate.parse(first), LocalDate.parse(last), school, 0);
    }
}
