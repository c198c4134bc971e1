package uk.partnership.features.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.partnership.base.partnership.TermDateKind;
import uk.partnership.base.partnership.TermDateView;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.web.FormDates;
import uk.partnership.base.web.SiteProperties;

/**
 * The periods a report may cover: the partnership's shared terms (base/partnership's term dates) and school years,
 * offered as a list, or any dates typed. Reads the period asked for, refusing by the field what it cannot use.
 */
@Component
class ImpactPeriods {

    /** The longest range of dates a report covers. */
    static final int MAX_YEARS = 5;
    /** How many school years back the list offers, besides those with term dates. */
    static final int YEARS_BACK = 4;

    private final TermDates termDates;
    private final Clock clock;
    private final ZoneId zone;

    ImpactPeriods(TermDates termDates, Clock clock, SiteProperties site) {
        this.termDates = termDates;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The list's choices, value to words: the school years, latest first, each followed by its terms. */
    Map<String, String> choices() {
        List<TermDateView> terms = terms();
        TreeSet<Integer> years = new TreeSet<>();
        int thisYear = ImpactPeriod.schoolYearOf(today());
        for (int year = thisYear - YEARS_BACK; year <= thisYear; year++) {
            years.add(year);
        }
        terms.forEach(term -> years.add(term.schoolYear()));
        Map<String, String> choices = new LinkedHashMap<>();
        for (int year : years.descendingSet()) {
            choices.put("year-" + year, ImpactPeriod.yearName(year));
            terms.stream().filter(term -> term.schoolYear() == year)
                    .forEach(term -> choices.put("term-" + term.id(), term(term).name()));
        }
        return choices;
    }

    /** The period asked for; null with the problems in {@code errors} when it cannot be read. */
    @Nullable ImpactPeriod read(PeriodForm form, Errors errors) {
        if (form.datesGiven()) {
            LocalDate first = FormDates.day(errors, "from", form.from(), "impact.period.from.required",
                    "impact.period.from.invalid");
            LocalDate last = FormDates.day(errors, "to", form.to(), "impact.period.to.required",
                    "impact.period.to.invalid");
            if (first == null || last == null) {
                return null;
            }
            if (last.isBefore(first)) {
                errors.rejectValue("to", "impact.period.to.beforeFrom");
                return null;
            }
            if (last.isAfter(first.plusYears(MAX_YEARS))) {
                errors.rejectValue("to", "impact.period.tooLong", new Object[] {MAX_YEARS}, null);
                return null;
            }
            return new ImpactPeriod(ImpactPeriod.Kind.RANGE, "", first, last, "");
        }
        String choice = form.period() == null ? "" : form.period().strip();
        if (choice.isEmpty()) {
            return ImpactPeriod.schoolYear(ImpactPeriod.schoolYearOf(today()));
        }
        if (choice.matches("year-\\d{4}") && choices().containsKey(choice)) {
            return ImpactPeriod.schoolYear(Integer.parseInt(choice.substring(5)));
        }
        if (choice.matches("term-\\d{1,18}")) {
            long id = Long.parseLong(choice.substring(5));
            for (TermDateView term : terms()) {
                if (term.id() == id) {
                    return term(term);
                }
            }
        }
        errors.rejectValue("period", "impact.period.unknown");
        return null;
    }

    private List<TermDateView> terms() {
        return new ArrayList<>(termDates.forSchool(null).stream().filter(entry -> entry.kind() == TermDateKind.TERM)
                .toList());
    }

    private static ImpactPeriod term(TermDateView term) {
        return new ImpactPeriod(ImpactPeriod.Kind.TERM, term.name() + " " + ImpactPeriod.yearName(term.schoolYear()),
                term.firstDay(), term.lastDay(), "term-" + term.id());
    }
}
