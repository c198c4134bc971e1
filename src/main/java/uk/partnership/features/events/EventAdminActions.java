package uk.partnership.features.events;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.FormPages;

/**
 * The coordinator's actions on several events, or that the list offers (issue 19): publish or cancel the events
 * ticked in the list (cancelling asks for one reason first), copy an event into a new draft, and the confirmation
 * page before unpublishing. Every post redirects with how many were changed and, as a warning, what was refused.
 */
@Controller
class EventAdminActions {

    /** The list's own query string, sent back by its forms: only the characters a query string of it has. */
    private static final Pattern LIST_QUERY = Pattern.compile("[A-Za-z0-9=&%._~+\\-]{0,500}");

    private final EventBatchChanges batch;
    private final EventAdminPages pages;
    private final EventAdminList list;

    EventAdminActions(EventBatchChanges batch, EventAdminPages pages, EventAdminList list) {
        this.batch = batch;
        this.pages = pages;
        this.list = list;
    }

    /** Publish the ticked events (and series) at once; "Cancel" asks for the reason first, on a page of its own. */
    @PostMapping("/admin/events/bulk")
    String bulk(Actor actor, @RequestParam(defaultValue = "") String action,
                @RequestParam(required = false) @Nullable List<Long> ids,
                @RequestParam(required = false) @Nullable List<Long> series,
                @RequestParam(defaultValue = "") String back, Model model, RedirectAttributes redirect) {
        List<Long> events = orEmpty(ids);
        List<Long> seriesIds = orEmpty(series);
        if (events.isEmpty() && seriesIds.isEmpty()) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.events.bulk.noneSelected");
            return backToList(back);
        }
        if ("cancel".equals(action)) {
            model.addAttribute("cancellation", new BulkCancelForm("", events, seriesIds, listQuery(back)));
            return cancelPage(model, events, seriesIds);
        }
        if (!"publish".equals(action)) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.events.bulk.noAction");
            return backToList(back);
        }
        report(redirect, batch.publish(actor, events, seriesIds), "admin.events.bulk.published");
        return backToList(back);
    }

    @PostMapping("/admin/events/bulk/cancel")
    String bulkCancel(Actor actor, @Valid @ModelAttribute("cancellation") BulkCancelForm form, BindingResult errors,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        if (form.events().isEmpty() && form.seriesIds().isEmpty()) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.events.bulk.noneSelected");
            return backToList(form.backOrEmpty());
        }
        if (FormPages.failed(errors, response)) {
            return cancelPage(model, form.events(), form.seriesIds());
        }
        report(redirect, batch.cancel(actor, form.events(), form.seriesIds(), form.reason()), "admin.events.bulk.cancelled");
        return backToList(form.backOrEmpty());
    }

    /** A copy of the event as a new draft, opened for editing with a message saying so. */
    @PostMapping("/admin/events/{id}/duplicate")
    String duplicate(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        String title = pages.event(id).title();
        Long copy = batch.duplicate(actor, id);
        if (copy == null) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.events.notDuplicated");
            return "redirect:/admin/events/" + id;
        }
        redirect.addFlashAttribute(FormPages.SAVED, "admin.events.duplicated");
        redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, title);
        return "redirect:/admin/events/" + copy;
    }

    /** Unpublishing takes an event off every calendar: the edit page's button leads here first. */
    @GetMapping("/admin/events/{id}/unpublish")
    String unpublishPage(@PathVariable long id, Model model, RedirectAttributes redirect) {
        EventView event = pages.event(id);
        if (event.status() != EventStatus.PUBLISHED) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.events.unpublish.onlyPublished");
            return "redirect:/admin/events/" + id;
        }
        model.addAttribute("current", event);
        model.addAttribute("version", pages.version(id));
        return "events/admin-unpublish";
    }

    /** The bulk cancellation's one reason, and what it cancels. */
    record BulkCancelForm(@NotBlank(message = "{admin.events.reason.required}")
                          @Size(max = 1000, message = "{admin.events.reason.tooLong}") String reason,
                          @Nullable List<Long> ids, @Nullable List<Long> series, @Nullable String back) {

        public List<Long> events() {
            return orEmpty(ids);
        }

        public List<Long> seriesIds() {
            return orEmpty(series);
        }

        public String backOrEmpty() {
            return back == null ? "" : back;
        }
    }

    private String cancelPage(Model model, List<Long> events, List<Long> seriesIds) {
        model.addAttribute("selected", list.selected(events, seriesIds));
        return "events/admin-bulk-cancel";
    }

    /** How many were changed, as a success; what was refused, by name and why, as a warning of its own. */
    private static void report(RedirectAttributes redirect, EventBatchChanges.Outcome outcome, String done) {
        if (outcome.changed() > 0) {
            redirect.addFlashAttribute(FormPages.SAVED, done);
            redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, outcome.changed());
        }
        if (!outcome.refused().isEmpty()) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.events.bulk.refused");
            redirect.addFlashAttribute(FormPages.REFUSED_ITEMS, List.copyOf(outcome.refused()));
        }
    }

    private static String backToList(String back) {
        String query = listQuery(back);
        return "redirect:/admin/events" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The list's query string sent back, or none when it has anything a query string of the list cannot have. */
    static String listQuery(@Nullable String back) {
        return back != null && LIST_QUERY.matcher(back).matches() ? back : "";
    }

    private static List<Long> orEmpty(@Nullable List<Long> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).distinct().limit(500).toList();
    }
}
