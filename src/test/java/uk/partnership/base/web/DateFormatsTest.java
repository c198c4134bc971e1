package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DateFormatsTest {

    private static final ZonedDateTime EVENING = ZonedDateTime.of(2026, 3, 3, 18, 30, 5, 0, ZoneId.of("Europe/London"));
    private static final ZonedDateTime SUMMER = ZonedDateTime.of(2026, 7, 14, 9, 5, 0, 0, ZoneId.of("Europe/London"));

    @Test
    void everyNamedFormatReadsInBritishEnglish() {
        assertThat(DateFormats.DAY.format(EVENING)).isEqualTo("Tue 3 Mar 2026");
        assertThat(DateFormats.DAY_WITHOUT_YEAR.format(EVENING)).isEqualTo("Tue 3 Mar");
        assertThat(DateFormats.LONG_DAY.format(EVENING)).isEqualTo("Tuesday 3 March 2026");
        assertThat(DateFormats.TIME.format(SUMMER)).isEqualTo("09:05");
        assertThat(DateFormats.DAY_AND_TIME.format(EVENING)).isEqualTo("Tue 3 Mar 2026, 18:30");
        assertThat(DateFormats.DAY_AND_TIME_TO_SECOND.format(EVENING)).isEqualTo("Tue 3 Mar 2026, 18:30:05");
        assertThat(DateFormats.TIME_ON_DAY.format(EVENING)).isEqualTo("18:30 on Tue 3 Mar 2026");
        assertThat(DateFormats.LONG_DAY_AT_TIME.format(EVENING)).isEqualTo("Tuesday 3 March 2026 at 18:30");
    }

    @Test
    void machineFormatCarriesTheOffsetOfTheMoment() {
        assertThat(DateFormats.MACHINE.format(EVENING)).isEqualTo("2026-03-03T18:30:05+00:00");
        assertThat(DateFormats.MACHINE.format(SUMMER)).isEqualTo("2026-07-14T09:05:00+01:00");
    }

    @Test
    void septemberIsSeptNotSep() {
        // Locale.UK's short month for September is "Sept" on current JDKs: pin what pages show.
        assertThat(DateFormats.DAY.format(EVENING.withMonth(9).withDayOfMonth(1))).isEqualTo("Tue 1 Sept 2026");
    }
}
