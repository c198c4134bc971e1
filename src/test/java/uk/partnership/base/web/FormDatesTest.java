package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.MapBindingResult;

/** The one reader of typed dates and times (ADR 0022): the picker's form, the UK form typed, and nothing else. */
class FormDatesTest {

    @Test
    void readsWhatThePickerSendsAndWhatPeopleTypeAsItShowsIt() {
        LocalDate day = LocalDate.of(2027, 3, 27);
        assertThat(FormDates.day("2027-03-27")).isEqualTo(day);
        assertThat(FormDates.day("27/03/2027")).isEqualTo(day);
        assertThat(FormDates.day(" 27/3/2027 ")).isEqualTo(day);
        assertThat(FormDates.day("03/04/2027")).as("always day first").isEqualTo(LocalDate.of(2027, 4, 3));
    }

    @Test
    void refusesAnythingElse() {
        for (String typed : new String[] {"", "27-03-2027", "27.03.2027", "27 March 2027", "31/02/2027", "2027-02-29",
                "27/03/27", "tomorrow", "1899-12-31", "2201-01-01"}) {
            assertThat(FormDates.day(typed)).as(typed).isNull();
        }
    }

    @Test
    void readsTimesOnTheTwentyFourHourClock() {
        assertThat(FormDates.time("16:00")).isEqualTo(LocalTime.of(16, 0));
        assertThat(FormDates.time("9:30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(FormDates.time("16:00:00")).as("as some browsers send it").isEqualTo(LocalTime.of(16, 0));
        for (String typed : new String[] {"", "4pm", "25:00", "16:60", "16.00", "1600"}) {
            assertThat(FormDates.time(typed)).as(typed).isNull();
        }
    }

    @Test
    void aFieldGetsItsOwnMessageAndAYearOutsideTheWindowSaysSo() {
        var errors = new MapBindingResult(new HashMap<String, Object>(Map.of("startDate", "", "endDate", "",
                "when", "", "at", "")), "form");

        assertThat(FormDates.day(errors, "startDate", "", "start.required", "start.invalid")).isNull();
        assertThat(FormDates.day(errors, "endDate", "31/02/2031", null, "end.invalid")).isNull();
        assertThat(FormDates.day(errors, "when", "27/03/3027", null, "when.invalid")).isNull();
        assertThat(FormDates.time(errors, "at", "4pm", "at.required", "at.invalid")).isNull();

        assertThat(errors.getFieldError("startDate").getCode()).isEqualTo("start.required");
        assertThat(errors.getFieldError("endDate").getCode()).isEqualTo("end.invalid");
        assertThat(errors.getFieldError("when").getCode()).isEqualTo("form.date.outOfRange");
        assertThat(errors.getFieldError("at").getCode()).isEqualTo("at.invalid");
        assertThat(FormDates.day(errors, "endDate", "", null, "end.invalid")).as("optional and empty").isNull();
        assertThat(errors.getFieldErrorCount("endDate")).isEqualTo(1);
    }
}
