package uk.partnership.features.events;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.RichText;
import uk.partnership.base.web.SensibleDates;
import uk.partnership.base.web.SiteProperties;

/**
 * The coordinator's events: list, create, edit with a preview that works without JavaScript, publish,
 * unpublish, cancel (with a reason shown publicly), postpone (cancel plus a linked draft on the new date),
 * delete (drafts only, confirmed), and a preview of the public page. Each action binds its form and calls one
 * service method, which is one transaction.
 */
@Controller
class EventAdminController {

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
    private final SiteProperties site;

    EventAdminController(EventEditing editing, EventLifecycle lifecycle, EventAdminList list, EventAdminPages pages,
                         EventCalendar calendar, SchoolDirectory schools, RichText richText, EventLinks links,
                         EventJsonLd jsonLd, PartnershipService partnerships, SiteProperties site) {
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
        this.site = site;
    }

    /** The list; a status that is not one is a 400 naming the parameter, from Spring's binding. */
    @GetMapping("/admin/events")
    String events(@RequestParam(required = false) @Nullable EventStatus status,
                  @RequestParam(required = false) @Nullable String school,
                  @RequestParam(required = false) @Nullable String category,
                  @RequestParam(required = false) @Nullable String month,
                  @RequestParam(defaultValue = "") String q,
                  @RequestParam(defaultValue = "1") int page, Model model) {
        var filter = new EventAdminList.Filter(status, blankToNull(school), blankToNull(category), month(month), q);
        if (page < 1) {
            throw new BadRequestException("events.page.invalid", page);
        }
        model.addAttribute("filter", filter);
        model.addAttribute("page", list.page(filter, page));
        model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/admin/events")
                .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                .queryParamIfPresent("school", Optional.ofNullable(filter.school()))
                .queryParamIfPresent("category", Optional.ofNullable(filter.category()))
                .queryParamIfPresent("month", Optional.ofNullable(filter.month()))
                .queryParamIfPresent("q", Optional.of(q).filter(value -> !value.isBlank()))
                .queryParam("page", "").build().encode().toUriString());
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
                  BindingResult errors, @RequestParam(defaultValue = "save") String action, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            return preview(form, model, null);
        }
        boolean publish = "publish".equals(action);
        Long id = editing.create(actor, form, publish, errors);
        if (id == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", publish ? "admin.events.published" : "admin.events.saved");
        return "redirect:/admin/events/" + id;
    }

    @GetMapping("/admin/events/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("event", pages.formFor(id));
        return form(model, id);
    }

    @PostMapping("/admin/events/{id}")
    String update(Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute("event") EventForm form, BindingResult errors,
                  @RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if ("preview".equals(action)) {
            return preview(form, model, id);
        }
        try {
            editing.update(actor, id, form, errors);
        } catch (EditConflictException conflict) {
            conflict.rejectInto(errors, site.timeZone());
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, id);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, id);
        }
        redirect.addFlashAttribute("saved", "admin.events.saved");
        return "redirect:/admin/events/" + id;
    }

    @PostMapping("/admin/events/{id}/publish")
    String publish(Actor actor, @PathVariable long id, @RequestParam long version,
                   @RequestParam(defaultValue = "false") boolean wholeSeries, RedirectAttributes redirect) {
        return statusChange(id, redirect, wholeSeries ? "admin.events.seriesPublished" : "admin.events.published",
                () -> lifecycle.publish(actor, id, version, wholeSeries));
    }

    @PostMapping("/admin/events/{id}/unpublish")
    String unpublish(Actor actor, @PathVariable long id, @RequestParam long version,
                     RedirectAttributes redirect) {
        return statusChange(id, redirect, "admin.events.unpublished", () -> lifecycle.unpublish(actor, id, version));
    }

    @GetMapping("/admin/events/{id}/cancel")
    String cancelForm(@PathVariable long id, Model model) {
        model.addAttribute("cancellation", new CancelForm("", pages.version(id)));
        return cancelPage(id, model);
    }

    @PostMapping("/admin/events/{id}/cancel")
    String cancel(Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute("cancellation") CancelForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                lifecycle.cancel(actor, id, form.version() == null ? 0 : form.version(), form.reason());
                redirect.addFlashAttribute("saved", "admin.events.cancelled");
                return "redirect:/admin/events/" + id;
            } catch (EditConflictException conflict) {
                conflict.rejectInto(errors, site.timeZone());
            }
        }
        response.setStatus(errors.hasGlobalErrors() ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        return cancelPage(id, model);
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
        if (reasonErrors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return postponePage(id, model);
        }
        try {
            Long replacement = lifecycle.postpone(actor, id, form, postponement.text(), errors);
            if (replacement != null) {
                redirect.addFlashAttribute("saved", "admin.events.postponed");
                return "redirect:/admin/events/" + replacement;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (EditConflictException conflict) {
            conflict.rejectInto(errors, site.timeZone());
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return postponePage(id, model);
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
        try {
            boolean deleted = lifecycle.delete(actor, id, version);
            redirect.addFlashAttribute("saved", deleted ? "admin.events.deleted" : "admin.events.deleteOnlyDrafts");
            return deleted ? "redirect:/admin/events" : "redirect:/admin/events/" + id;
        } catch (EditConflictException conflict) {
            redirect.addFlashAttribute("saved", "admin.events.changedMeanwhile");
            return "redirect:/admin/events/" + id;
        }
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

    record CancelForm(@NotBlank(message = "{admin.events.reason.required}")
                      @Size(max = 1000, message = "{admin.events.reason.tooLong}") String reason,
                      @Nullable Long version) {
    }

    private String statusChange(long id, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", done);
        } catch (EditConflictException conflict) {
            redirect.addFlashAttribute("saved", "admin.events.changedMeanwhile");
        }
        return "redirect:/admin/events/" + id;
    }

    private String preview(EventForm form, Model model, @Nullable Long id) {
        model.addAttribute("previewHtml", richText.toHtml(form.description()));
        return form(model, id);
    }

    private String form(Model model, @Nullable Long id) {
        addChoices(model, id);
        return "events/admin-form";
    }

    /** What the event form offers: schools, categories, audiences, year groups and the repeat's choices. */
    private void addChoices(Model model, @Nullable Long id) {
        model.addAttribute("eventId", id);
        if (id != null) {
            model.addAttribute("current", pages.event(id));
            model.addAttribute("series", pages.series(id));
            model.addAttribute("fromProposal", pages.proposalOf(id));
        }
        model.addAttribute("schoolNames", pages.schoolNames());
        model.addAttribute("categoryNames", pages.categoryNames());
        model.addAttribute("audienceValues", Audience.values());
        model.addAttribute("yearGroupValues", EventForm.YEAR_GROUPS);
        model.addAttribute("repeatValues", EventForm.Repeat.values());
        model.addAttribute("repeatEndValues", EventForm.RepeatEnd.values());
        model.addAttribute("scopeValues", EventForm.Scope.values());
    }

    private String cancelPage(long id, Model model) {
        model.addAttribute("current", pages.event(id));
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
