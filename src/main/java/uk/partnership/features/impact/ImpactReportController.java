package uk.partnership.features.impact;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.schools.RepresentedSchool;
import uk.partnership.base.web.FormPages;

/**
 * The reports: the coordinator's at /admin/impact (the whole partnership; its CSV exports, printable A4 report and the
 * choice to publish the headline figures), and a representative's own school's at /proposals/impact, with the events
 * it hosted lately and whether their numbers are in.
 */
@Controller
class ImpactReportController {

    static final int RECENT_EVENTS = 20;

    private final ImpactReportPages pages;
    private final ImpactReports reports;
    private final ImpactCsv csv;
    private final ImpactPublication publication;

    ImpactReportController(ImpactReportPages pages, ImpactReports reports, ImpactCsv csv,
                           ImpactPublication publication) {
        this.pages = pages;
        this.reports = reports;
        this.csv = csv;
        this.publication = publication;
    }

    @GetMapping(ImpactRecordingController.ADMIN)
    String report(@ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model,
                  HttpServletResponse response) {
        pages.fill(form, errors, null, model, response);
        model.addAttribute("awaiting", reports.awaiting(null, RECENT_EVENTS));
        model.addAttribute("publication", publication.form());
        model.addAttribute("base", ImpactRecordingController.ADMIN);
        return "impact/report";
    }

    @GetMapping(ImpactRecordingController.ADMIN + "/print")
    String print(@ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model,
                 HttpServletResponse response) {
        pages.period(form, errors);
        pages.fill(form, errors, null, model, response);
        return "impact/print";
    }

    @GetMapping(ImpactRecordingController.ADMIN + "/events.csv")
    void eventsCsv(@ModelAttribute("periodForm") PeriodForm form, BindingResult errors, HttpServletResponse response)
            throws IOException {
        ImpactPeriod period = pages.period(form, errors);
        download(response, ImpactReportPages.fileName("events", period),
                out -> csv.events(reports.held(period, null), reports.schoolsById(), out));
    }

    @GetMapping(ImpactRecordingController.ADMIN + "/summary.csv")
    void summaryCsv(@ModelAttribute("periodForm") PeriodForm form, BindingResult errors, HttpServletResponse response)
            throws IOException {
        ImpactPeriod period = pages.period(form, errors);
        download(response, ImpactReportPages.fileName("summary", period),
                out -> csv.summary(reports.report(period, null), out));
    }

    @PostMapping(ImpactRecordingController.ADMIN + "/publication")
    String publish(Actor actor, @ModelAttribute PublicationForm form, BindingResult errors,
                   RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        if (FormPages.act(redirect, "impact.publication.changedMeanwhile",
                () -> publication.publish(actor, form.publish(), form.version()))) {
            redirect.addFlashAttribute(FormPages.SAVED, form.publish() ? "impact.publication.on"
                    : "impact.publication.off");
        }
        return "redirect:" + ImpactRecordingController.ADMIN;
    }

    @GetMapping(ImpactRecordingController.MINE)
    String mine(RepresentedSchool school, @ModelAttribute("periodForm") PeriodForm form, BindingResult errors,
                Model model, HttpServletResponse response) {
        pages.fill(form, errors, school.id(), model, response);
        model.addAttribute("awaiting", reports.awaiting(school.id(), RECENT_EVENTS));
        model.addAttribute("base", ImpactRecordingController.MINE);
        return "impact/report";
    }

    private static void download(HttpServletResponse response, String fileName, Consumer<Writer> write)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        // The CSV printer flushes and closes the writer, and so the response, when it has written the last row.
        write.accept(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
