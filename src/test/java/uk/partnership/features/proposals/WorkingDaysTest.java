package uk.partnership.features.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** England and Wales' bank holidays from their rules, checked against the dates GOV.UK publishes. */
class WorkingDaysTest {

    @Test
    void bankHolidaysOf2026AndTheirSubstitutes() {
        assertThat(WorkingDays.bankHolidays(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    }

    @Test
    void christmasOnASaturdayMovesBothDaysToMondayAndTuesday() {
        assertThat(WorkingDays.bankHolidays(2027)).contains(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28),
                LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29), LocalDate.of(2027, 1, 1));
        // 2028: New Year's Day is a Saturday, so Monday 3 January.
        assertThat(WorkingDays.bankHolidays(2028)).contains(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 4, 14),
                LocalDate.of(2028, 4, 17));
    }

    @Test
    void easterSundayByTheGregorianRule() {
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void aWeekendIsNotCounted() {
        // Thursday 3 to Wednesday 9 December 2026: Friday, Monday, Tuesday, Wednesday.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 9))).isEqualTo(4);
    }

    @Test
    void overChristmasOnlyWorkingDaysCount() {
        // Wednesday 23 December 2026: the 24th, then 29, 30, 31 December and Monday 4 January
        // (25 and 28 December and 1 January are bank holidays; the weekends do not count).
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 4))).isEqualTo(5);
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 5))).isEqualTo(6);
    }
}
