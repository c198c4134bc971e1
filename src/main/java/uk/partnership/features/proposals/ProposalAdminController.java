package uk.partnership.features.proposals;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.FormPages;
import uk.partnership.features.accounts.SignedInUser;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventStatus;

/**
 * The coordinators' review queue: filter by status and school; on a proposal, request changes (with a message),
 * approve (making a linked draft event) or decline (with a reason); the thread. Only the moves the proposal's
 * status allows are offered, and any other is refused with a message.
 */
@Controller
class ProposalAdminController {

    private static final String CHANGED_MEANWHILE = "proposals.refused.changedMeanwhile";

    private final ProposalService proposals;
    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final ProposalReminders reminders;

    ProposalAdminController(ProposalService proposals, SchoolDirectory schools, EventCalendar calendar,
                            ProposalReminders reminders) {
        this.reminders = reminders;
        this.proposals = proposals;
        this.schools = schools;
        this.calendar = calendar;
    }

    @GetMapping("/admin/proposals")
    String queue(@RequestParam(required = false) @Nullable ProposalStatus status,
                 @RequestParam(required = false) @Nullable Long school, Model model) {
        model.addAttribute("proposals", proposals.queue(status, school));
        model.addAttribute("overdueIds", reminders.overdue().stream().map(ProposalReminders.Waiting::id)
                .collect(java.util.stream.Collectors.toSet()));
        var counts = proposals.counts();
        model.addAttribute("counts", counts);
        model.addAttribute("awaiting", counts.get(ProposalStatus.SUBMITTED) + counts.get(ProposalStatus.RESUBMITTED));
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("schools", schools.all());
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("school", school);
        return "proposals/admin-list";
    }

    @GetMapping("/admin/proposals/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ProposalView current = proposals.get(user, id);
        model.addAttribute("admin", true);
        model.addAttribute("current", current);
        model.addAttribute("publishedEvent", current.eventId() == null ? null
                : calendar.anyById(current.eventId()).filter(event -> event.status() == EventStatus.PUBLISHED).orElse(null));
        model.addAttribute("messages", proposals.messages(id));
        model.addAttribute("history", proposals.history(id));
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new ReplyForm(""));
        }
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", new ReviewForm("", current.version()));
        }
        return "proposals/show";
    }

    @PostMapping("/admin/proposals/{id}/review")
    String review(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("review") ReviewForm review, BindingResult errors,
                  @RequestParam(defaultValue = "") String action, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        ProposalStatus target = switch (action) {
            case "changes" -> ProposalStatus.CHANGES_REQUESTED;
            case "approve" -> ProposalStatus.APPROVED;
            case "decline" -> ProposalStatus.DECLINED;
            default -> throw new BadRequestException("admin.proposals.action.unknown", action);
        };
        String message = review.message() == null ? "" : review.message();
        if (target != ProposalStatus.APPROVED && message.isBlank() && !errors.hasFieldErrors("message")) {
            errors.rejectValue("message", target == ProposalStatus.DECLINED
                    ? "admin.proposals.reason.required" : "admin.proposals.message.required");
        }
        if (FormPages.failed(errors, response)) {
            return show(user, id, model);
        }
        long version = review.version() == null ? 0 : review.version();
        try {
            if (target == ProposalStatus.APPROVED) {
                Long event = FormPages.outcome(redirect, CHANGED_MEANWHILE, () -> proposals.approve(user, id, version, message));
                if (event != null) {
                    redirect.addFlashAttribute("saved", "admin.proposals.approved");
                    return "redirect:/admin/events/" + event;
                }
            } else if (FormPages.act(redirect, CHANGED_MEANWHILE, () -> proposals.move(user, id, version, target, message))) {
                redirect.addFlashAttribute("saved", "admin.proposals.saved." + target.name());
            }
        } catch (ProposalRefusedException refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/admin/proposals/" + id;
    }

    @PostMapping("/admin/proposals/{id}/messages")
    String message(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @Valid @ModelAttribute("reply") ReplyForm reply, BindingResult errors, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        if (FormPages.failed(errors, response)) {
            return show(user, id, model);
        }
        proposals.post(user, id, reply.body());
        redirect.addFlashAttribute("saved", "proposals.saved.message");
        return "redirect:/admin/proposals/" + id + "#thread";
    }

    /** The coordinator's message with a review: required to request changes or decline. */
    public record ReviewForm(@Size(max = 5000, message = "{proposals.message.tooLong}") @Nullable String message,
                      @Nullable Long version) {
    }
}
