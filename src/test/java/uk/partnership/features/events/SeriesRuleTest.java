package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.partnership.base.partnership.TermBreakView;
import uk.partnership.features.events.SeriesRule.Frequency;

/** The days a series falls on, for each kind of rule. */
class SeriesRuleTest {

    static final List<TermBreakView> NO_BREAKS = List.of();

    @Test
    void weeklyUntilADateIncludesThatDay() {
        var rule = new SeriesRule(Frequency.WEEKLY, day("2026-11-03"), 0, day("2026-11-24"), null, true);

        assertThat(rule.days(NO_BREAKS)).containsExactly(day("2026-11-03"), day("2026-11-10"), day("2026-11-17"),
                day("2026-11-24"));
    }

    @Test
    void fortnightlyForACountOfTimes() {
        var rule = new SeriesRule(Frequency.FORTNIGHTLY, day("2026-09-08"), 0, null, 4, true);

        assertThat(rule.days(NO_BREAKS)).containsExactly(day("2026-09-08"), day("2026-09-22"), day("2026-10-06"),
                day("2026-10-20"));
    }

    @Test
    void monthlyOnTheThirtyFirstSkipsMonthsWithoutOne() {
        var rule = new SeriesRule(Frequency.MONTHLY_DATE, day("2027-01-31"), 0, null, 4, false);

        assertThat(rule.days(NO_BREAKS)).containsExactly(day("2027-01-31"), day("2027-03-31"), day("2027-05-31"),
                day("2027-07-31"));
    }

    @Test
    void monthlyOnTheSecondTuesday() {
        var rule = new SeriesRule(Frequency.MONTHLY_WEEKDAY, day("2026-09-08"), 2, day("2027-01-31"), null, false);

        assertThat(rule.days(NO_BREAKS)).containsExactly(day("2026-09-08"), day("2026-10-13"), day("2026-11-10"),
                day("2026-12-08"), day("2027-01-12"));
    }

    @Test
    void monthlyOnTheLastFriday() {
        var rule = new SeriesRule(Frequency.MONTHLY_WEEKDAY, day("2026-10-30"), SeriesRule.LAST, null, 4, false);

        assertThat(rule.days(NO_BREAKS)).containsExactly(day("2026-10-30"), day("2026-11-27"), day("2026-12-25"),
                day("2027-01-29"));
    }

    @Test
    void termBreaksAreSkippedAndDoNotCountTowardsTheNumberOfTimes() {
        var halfTerm = new TermBreakView(1, "October half term", day("2026-10-24"), day("2026-11-01"), 0);
        var rule = new SeriesRule(Frequency.WEEKLY, day("2026-10-13"), 0, null, 3, true);

        assertThat(rule.days(List.of(halfTerm))).containsExactly(day("2026-10-13"), day("2026-10-20"),
                day("2026-11-03"));
    }

    @Test
    void termBreaksAreKeptWhenTheRuleSaysSo() {
        var halfTerm = new TermBreakView(1, "October half term", day("2026-10-24"), day("2026-11-01"), 0);
        var rule = new SeriesRule(Frequency.WEEKLY, day("2026-10-13"), 0, null, 3, false);

        assertThat(rule.days(List.of(halfTerm))).containsExactly(day("2026-10-13"), day("2026-10-20"),
                day("2026-10-27"));
    }

    @Test
    void untilAndCountStopAtWhicheverComesFirstAndNeverBeyondTwoYears() {
        var untilFirst = new SeriesRule(Frequency.WEEKLY, day("2026-11-03"), 0, day("2026-11-10"), null, false);
        var endless = new SeriesRule(Frequency.WEEKLY, day("2026-11-03"), 0, day("2030-01-01"), null, false);

        assertThat(untilFirst.days(NO_BREAKS)).hasSize(2);
        assertThat(endless.days(NO_BREAKS)).last().isEqualTo(day("2028-10-31"));
    }

    @Test
    void weekOfMonthOfADay() {
        assertThat(SeriesRule.weekOfMonth(day("2026-11-10"))).isEqualTo(2);
        assertThat(SeriesRule.weekOfMonth(day("2026-12-29"))).isEqualTo(5);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
