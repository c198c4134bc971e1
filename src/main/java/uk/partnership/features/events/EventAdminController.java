package uk.partnership.features.events;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.images.PictureForms;
import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.RichText;
import uk.partnership.base.web.SensibleDates;

/**
 * The coordinator's events: list, create, edit with a preview that works without JavaScript, publish,
 * unpublish, cancel (with a reason shown publicly), postpone (cancel plus a linked draft on the new date),
 * delete (drafts only, confirmed), and a preview of the public page. Each action binds its form and calls one
 * service method, which is one transaction.
 */
@Controller
class EventAdminController {

    /** Why an action button did nothing: the page was opened before someone else's change. */
    static final String CHANGED_MEANWHILE = "admin.events.changedMeanwhile";

    /** The name of the form's file part (its field, for messages, is "pictureFile"). */
    private static final String UPLOAD = PictureForms.UPLOAD;

    private final EventEditing editing;
    private final EventLifecycle lifecycle;
    private final EventAdminList list;
    private final EventAdminPages pages;
    private final EventCalendar calendar;
    private final SchoolDirectory schools;
    private final RichText richText;
    private final EventLinks links;
    private final EventJsonLd jsonLd;
    private final PartnershipService partnerships;
    private final FormPages forms;
    private final SeriesReport seriesReports;
    private final EventBatchChanges batch;
    private final EventVenues venues;
    private final PictureForms pictures;

    EventAdminController(EventEditing editing, EventLifecycle lifecycle, EventAdminList list, EventAdminPages pages,
                         EventCalendar calendar, SchoolDirectory schools, RichText richText, EventLinks links,
                         EventJsonLd jsonLd, PartnershipService partnerships, FormPages forms,
                         SeriesReport seriesReports, EventBatchChanges batch, EventVenues venues, PictureForms pictures) {
        this.pictures = pictures;
        this.seriesReports = seriesReports;
        this.venues = venues;
        this.batch = batch;
        this.editing = editing;
        this.lifecycle = lifecycle;
        this.list = list;
        this.pages = pages;
        this.calendar = calendar;
        this.schools = schools;
        this.richText = richText;
        this.links = links;
        this.jsonLd = jsonLd;
        this.partnerships = partnerships;
        this.forms = forms;
    }

    /** The list; a status that is not one is a 400 naming the parameter, from Spring's binding. */
    @GetMapping("/admin/events")
    String events(@RequestParam(required = false) @Nullable EventStatus status,
                  @RequestParam(required = false) @Nullable String school,
                  @RequestParam(required = false) @Nullable String category,
                  @RequestParam(required = false) @Nullable String month,
                  @RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) EventAdminList.@Nullable Period when,
                  @RequestParam(defaultValue = "1") int page, Model model) {
        var filter = new EventAdminList.Filter(status, blankToNull(school), blankToNull(category), month(month), q,
                when == null ? EventAdminList.Period.UPCOMING : when);
        if (page < 1) {
            throw new BadRequestException("events.page.invalid", page);
        }
        model.addAttribute("filter", filter);
        EventAdminList.Page shown = list.page(filter, page);
        model.addAttribute("page", shown);
        model.addAttribute("originLines", pages.originLines(shown));
        String pageLink = UriComponentsBuilder.fromPath("/admin/events")
                .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                .queryParamIfPresent("school", Optional.ofNullable(filter.school()))
                .queryParamIfPresent("category", Optional.ofNullable(filter.category()))
                .queryParamIfPresent("month", Optional.ofNullable(filter.month()))
                .queryParamIfPresent("q", Optional.of(q).filter(value -> !value.isBlank()))
                .queryParamIfPresent("when", Optional.ofNullable(filter.past() ? filter.period() : null))
                .queryParam("page", "").build().encode().toUriString();
        model.addAttribute("pageLink", pageLink);
        // Sent back by the bulk form, so its redirect returns to this very page of the list.
        model.addAttribute("listQuery", pageLink.substring(pageLink.indexOf('?') + 1) + page);
        model.addAttribute("schools", schools.all());
        model.addAttribute("categories", calendar.categories());
        model.addAttribute("statuses", EventStatus.values());
        return "events/admin-list";
    }

    @GetMapping("/admin/events/new")
    String newEvent(Model model) {
        model.addAttribute("event", EventForm.empty());
        return form(model, null);
    }

    @PostMapping("/admin/events")
    String create(Actor actor, @Valid @ModelAttribute("event") EventForm form,
                  BindingResult errors, @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = UPLOAD, required = false) @Nullable MultipartFile upload, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        form = pictures.receive(form, upload, errors, model);
        if ("preview".equals(action)) {
            return preview(form, errors, model, null, request, response);
        }
        if ("edit".equals(action)) {
            return form(model, null);
        }
        boolean publish = "publish".equals(action);
        Long id = editing.create(actor, form, publish, errors);
        if (FormPages.failed(errors, response) || id == null) {
            return form(model, null);
        }
        redirect.addFlashAttribute(FormPages.SAVED, publish ? "admin.events.published" : "admin.events.saved");
        seriesReports.of(id).ifPresent(report -> reportSeries(redirect, report.dates(), report,
                publish ? "admin.events.series.madeAndPublished" : "admin.events.series.saved"));
        return "redirect:/admin/events/" + id;
    }

    @GetMapping("/admin/events/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("event", pages.formFor(id));
        return form(model, id);
    }

    @PostMapping("/admin/events/{id}")
    String update(Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute("event") EventForm typed, BindingResult errors,
                  @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = UPLOAD, required = false) @Nullable MultipartFile upload,
                  Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        EventForm form = pictures.receive(typed, upload, errors, model);
        if ("preview".equals(action)) {
            return preview(form, errors, model, id, request, response);
        }
        if ("edit".equals(action)) {
            return form(model, id);
        }
        String shown = forms.saveEdit(id, errors, model, response, "admin.events.deletedMeanwhile",
                () -> editing.update(actor, id, form, errors), shownId -> form(model, shownId));
        if (shown != null) {
            return shown;
        }
        redirect.addFlashAttribute(FormPages.SAVED, "admin.events.saved");
        return "redirect:/admin/events/" + id;
    }

    @PostMapping("/admin/events/{id}/publish")
    String publish(Actor actor, @PathVariable long id, @RequestParam long version,
                   @RequestParam(defaultValue = "false") boolean wholeSeries, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        var report = wholeSeries ? seriesReports.of(id).orElse(null) : null;
        String answer;
        try {
            answer = statusChange(id, redirect, wholeSeries ? "admin.events.seriesPublished" : "admin.events.published",
                    () -> lifecycle.publish(actor, id, version, wholeSeries));
        } catch (DateNotSetException notSet) {
            // Refused by the date field, on the form itself: the coordinator sets the date there and saves.
            EventForm form = pages.formFor(id);
            var errors = new BeanPropertyBindingResult(form, "event");
            errors.rejectValue("startDate", "admin.events.dateToSet.publish");
            model.addAttribute("event", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "event", errors);
            FormPages.failed(errors, response);
            return form(model, id);
        }
        if (report != null && redirect.getFlashAttributes().containsKey(FormPages.SAVED)) {
            reportSeries(redirect, report.drafts(), report, "admin.events.series.published");
        }
        return answer;
    }

    /** After making or publishing a series: how many dates, and the holidays skipped, by name and date. */
    private static void reportSeries(RedirectAttributes redirect, int dates, SeriesReport.Report report, String done) {
        redirect.addFlashAttribute(FormPages.SAVED, done);
        redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, dates);
        if (!report.skipped().isEmpty()) {
            redirect.addFlashAttribute(FormPages.SAVED_ITEMS, List.copyOf(report.skipped()));
        }
    }

    @PostMapping("/admin/events/{id}/unpublish")
    String unpublish(Actor actor, @PathVariable long id, @RequestParam long version,
                     RedirectAttributes redirect) {
        return statusChange(id, redirect, "admin.events.unpublished", () -> lifecycle.unpublish(actor, id, version));
    }

    @PostMapping("/admin/events/{id}/reinstate")
    String reinstate(Actor actor, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        FormPages.act(redirect, CHANGED_MEANWHILE, () -> {
            boolean reinstated = lifecycle.reinstate(actor, id, version);
            redirect.addFlashAttribute(reinstated ? FormPages.SAVED : FormPages.REFUSED,
                    reinstated ? "admin.events.reinstated" : "admin.events.notReinstated");
        });
        return "redirect:/admin/events/" + id;
    }

    @GetMapping("/admin/events/{id}/cancel")
    String cancelForm(@PathVariable long id, Model model) {
        model.addAttribute("cancellation", new CancelForm("", pages.version(id), EventBatchChanges.Reach.THIS));
        return cancelPage(id, model);
    }

    @PostMapping("/admin/events/{id}/cancel")
    String cancel(Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute("cancellation") CancelForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        long version = form.version() == null ? 0 : form.version();
        boolean series = form.reach() != null && form.reach() != EventBatchChanges.Reach.THIS;
        Integer dates = null;
        if (!errors.hasErrors()) {
            dates = forms.save(errors, model, () -> series
                    ? batch.cancelSeries(actor, id, version, form.reason(), form.reach())
                    : Integer.valueOf(cancelOne(actor, id, version, form.reason())));
        }
        if (FormPages.failed(errors, response)) {
            return cancelPage(id, model);
        }
        redirect.addFlashAttribute(FormPages.SAVED, series ? "admin.events.series.cancelled" : "admin.events.cancelled");
        if (series) {
            redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, dates);
        }
        return "redirect:/admin/events/" + id;
    }

    @GetMapping("/admin/events/{id}/postpone")
    String postponeForm(@PathVariable long id, Model model) {
        model.addAttribute("event", pages.formFor(id));
        model.addAttribute("postponement", new PostponeForm(""));
        return postponePage(id, model);
    }

    @PostMapping("/admin/events/{id}/postpone")
    String postpone(Actor actor, @PathVariable long id,
                    @Valid @ModelAttribute("event") EventForm form, BindingResult errors,
                    @Valid @ModelAttribute("postponement") PostponeForm postponement, BindingResult reasonErrors,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Long replacement = reasonErrors.hasErrors() ? null
                : forms.save(errors, model, () -> lifecycle.postpone(actor, id, form, postponement.text(), errors));
        if (FormPages.failed(reasonErrors, response) || FormPages.failed(errors, response) || replacement == null) {
            return postponePage(id, model);
        }
        redirect.addFlashAttribute(FormPages.SAVED, "admin.events.postponed");
        return "redirect:/admin/events/" + replacement;
    }

    @GetMapping("/admin/events/{id}/delete")
    String deleteForm(@PathVariable long id, Model model) {
        model.addAttribute("summary", pages.event(id));
        model.addAttribute("version", pages.version(id));
        return "events/admin-delete";
    }

    @PostMapping("/admin/events/{id}/delete")
    String delete(Actor actor, @PathVariable long id, @RequestParam long version,
                  RedirectAttributes redirect) {
        var deleted = new AtomicBoolean();
        if (!FormPages.act(redirect, CHANGED_MEANWHILE, () -> deleted.set(lifecycle.delete(actor, id, version)))) {
            return "redirect:/admin/events/" + id;
        }
        if (!deleted.get()) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.events.deleteOnlyDrafts");
            return "redirect:/admin/events/" + id;
        }
        redirect.addFlashAttribute(FormPages.SAVED, "admin.events.deleted");
        return "redirect:/admin/events";
    }

    /** The event exactly as the public will see it, drafts included, with a banner saying it is a preview. */
    @GetMapping("/admin/events/{id}/preview")
    String previewPage(@PathVariable long id, Model model) {
        EventView event = pages.event(id);
        var partnership = partnerships.current();
        model.addAttribute("event", event);
        model.addAttribute("descriptionHtml", richText.toHtml(event.description()));
        model.addAttribute("links", links.of(event));
        model.addAttribute("jsonLd", jsonLd.of(event, partnership.configured() ? partnership.name() : ""));
        model.addAttribute("series", pages.series(id));
        model.addAttribute("previewOf", id);
        return "events/show";
    }

    /** The reason given when postponing, shown publicly on the cancelled event like a cancellation's. */
    record PostponeForm(@Size(max = 1000, message = "{admin.events.reason.tooLong}") @Nullable String reason) {

        String text() {
            return reason == null ? "" : reason;
        }
    }

    /** The reason, and for a date of a series how far the cancellation reaches (this date when none is sent). */
    record CancelForm(@NotBlank(message = "{admin.events.reason.required}")
                      @Size(max = 1000, message = "{admin.events.reason.tooLong}") String reason,
                      @Nullable Long version, EventBatchChanges.@Nullable Reach reach) {
    }

    private int cancelOne(Actor actor, long id, long version, String reason) {
        lifecycle.cancel(actor, id, version, reason);
        return 1;
    }

    private static String statusChange(long id, RedirectAttributes redirect, String done, Runnable change) {
        if (FormPages.act(redirect, CHANGED_MEANWHILE, change)) {
            redirect.addFlashAttribute(FormPages.SAVED, done);
        }
        return "redirect:/admin/events/" + id;
    }

    /**
     * The whole public page of the event as the form describes it, not saved (a new event's too), or the form again
     * with its errors. The page's banner sends everything typed back to the form ("Back to editing"), so nothing is
     * lost without JavaScript.
     */
    private String preview(EventForm form, BindingResult errors, Model model, @Nullable Long id,
                           HttpServletRequest request, HttpServletResponse response) {
        EventView event = errors.hasErrors() ? null : pages.unsaved(form, id, errors);
        if (FormPages.failed(errors, response) || event == null) {
            return form(model, id);
        }
        var partnership = partnerships.current();
        model.addAttribute("event", event);
        model.addAttribute("descriptionHtml", richText.toHtml(event.description()));
        model.addAttribute("links", links.of(event));
        model.addAttribute("jsonLd", jsonLd.of(event, partnership.configured() ? partnership.name() : ""));
        model.addAttribute("series", id == null ? null : pages.series(id));
        model.addAttribute("unsavedPreview", UnsavedPreview.of(id, request, form.picture()));
        return "events/show";
    }

    /** What the banner of an unsaved preview sends back to the form: its address, and every field as typed. */
    record UnsavedPreview(String action, List<Map.Entry<String, String>> fields) {

        static UnsavedPreview of(@Nullable Long id, HttpServletRequest request, @Nullable String picture) {
            List<Map.Entry<String, String>> fields = new ArrayList<>();
            // The picture just uploaded goes back by its hash: the file itself was kept on upload.
            fields.add(Map.entry("picture", picture == null ? "" : picture));
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals("action") && !name.equals("_csrf") && !name.equals("picture")
                        && !name.equals(UPLOAD)) {
                    Arrays.stream(values).forEach(value -> fields.add(Map.entry(name, value)));
                }
            });
            return new UnsavedPreview(id == null ? "/admin/events" : "/admin/events/" + id, fields);
        }
    }

    private String form(Model model, @Nullable Long id) {
        addChoices(model, id);
        pictures.offer(model, model.getAttribute("event") instanceof EventForm shown ? shown : null);
        return "events/admin-form";
    }

    /** What the event form offers: schools, categories, audiences, year groups and the repeat's choices. */
    private void addChoices(Model model, @Nullable Long id) {
        model.addAttribute("eventId", id);
        if (id != null) {
            model.addAttribute("current", pages.event(id));
            model.addAttribute("series", pages.series(id));
            model.addAttribute("fromProposal", pages.proposalOf(id));
            model.addAttribute("originNotes", pages.originNotes(id));
            model.addAttribute("dateToSet", pages.dateToSet(id));
        }
        model.addAttribute("schoolNames", pages.schoolNames());
        model.addAttribute("categoryNames", pages.categoryNames());
        model.addAttribute("audienceValues", Audience.values());
        model.addAttribute("yearGroupValues", EventForm.YEAR_GROUPS);
        model.addAttribute("repeatValues", EventForm.Repeat.values());
        model.addAttribute("repeatEndValues", EventForm.RepeatEnd.values());
        model.addAttribute("scopeValues", EventForm.Scope.values());
        model.addAttribute("savedVenues", venues.offered());
    }

    private String cancelPage(long id, Model model) {
        model.addAttribute("current", pages.event(id));
        model.addAttribute("series", pages.series(id));
        model.addAttribute("reachValues", EventBatchChanges.Reach.values());
        return "events/admin-cancel";
    }

    private String postponePage(long id, Model model) {
        addChoices(model, id);
        return "events/admin-postpone";
    }

    private static @Nullable YearMonth month(@Nullable String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("events.month.invalid", month);
        }
        if (!SensibleDates.contains(parsed)) {
            throw new BadRequestException("events.month.outOfRange", month);
        }
        return parsed;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
