package uk.partnership.features.impact;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import uk.partnership.base.web.BadRequestException;

/**
 * Fills the report's page (the coordinator's, the printable one, and a representative's): the period asked for and
 * the list of others, the figures, and a chart beside each table. A period that cannot be read shows the form again
 * with the message by its field and a 400, and no figures.
 */
@Component
class ImpactReportPages {

    private final ImpactPeriods periods;
    private final ImpactReports reports;
    private final ImpactCsv csv;
    private final MessageSource messages;

    ImpactReportPages(ImpactPeriods periods, ImpactReports reports, ImpactCsv csv, MessageSource messages) {
        this.periods = periods;
        this.reports = reports;
        this.csv = csv;
        this.messages = messages;
    }

    /** The report's model for the period asked; answers whether there is a report (else the 400 is set). */
    boolean fill(PeriodForm form, BindingResult errors, @Nullable Long school, Model model,
                 HttpServletResponse response) {
        model.addAttribute("choices", periods.choices());
        ImpactPeriod period = errors.hasErrors() ? null : periods.read(form, errors);
        if (period == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return false;
        }
        // The form shows the period shown: the list's choice, or the dates.
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "periodForm");
        model.addAttribute("periodForm", period.kind() == ImpactPeriod.Kind.RANGE
                ? new PeriodForm("", period.first().toString(), period.last().toString())
                : new PeriodForm(period.choice(), "", ""));
        ImpactReport report = reports.report(period, school);
        model.addAttribute("period", period);
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(report));
        return true;
    }

    /** The period asked for a CSV or print link, or a 400 naming the parameter that cannot be read. */
    ImpactPeriod period(PeriodForm form, BindingResult errors) {
        ImpactPeriod period = errors.hasErrors() ? null : periods.read(form, errors);
        if (period == null) {
            var field = errors.getFieldError();
            throw new BadRequestException("error.400.parameter", field == null ? "period" : field.getField());
        }
        return period;
    }

    /** The charts of the report's tables, in the order the page shows them. */
    public record Charts(BarChart schools, BarChart sectors, BarChart categories, BarChart audiences, BarChart years) {
    }

    private Charts charts(ImpactReport report) {
        return new Charts(
                BarChart.of("chart-schools", report.bySchool().stream().map(ImpactReport.Line::key).toList(),
                        report.bySchool().stream().map(ImpactReport.Line::total).toList()),
                BarChart.of("chart-sectors", report.bySector().stream()
                                .map(line -> word("school.sector." + line.key())).toList(),
                        report.bySector().stream().map(ImpactReport.Line::total).toList()),
                BarChart.of("chart-categories", report.byCategory().stream().map(ImpactReport.Line::key).toList(),
                        report.byCategory().stream().map(ImpactReport.Line::activities).toList()),
                BarChart.of("chart-audiences", report.byAudience().stream()
                                .map(row -> word("impact.audience." + row.key())).toList(),
                        report.byAudience().stream().map(ImpactReport.Row::count).toList()),
                BarChart.of("chart-years", report.byYearGroup().stream().map(row -> csv.yearLabel(row.key())).toList(),
                        report.byYearGroup().stream().map(ImpactReport.Row::count).toList()));
    }

    private String word(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    /** The file name of a CSV download: "impact-events-2026-09-01-to-2027-08-31.csv". */
    static String fileName(String what, ImpactPeriod period) {
        return "impact-" + what + "-" + period.first() + "-to-" + period.last() + ".csv";
    }
}
