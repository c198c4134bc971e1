package uk.partnership.features.proposals;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.web.FormPages;
import uk.partnership.features.accounts.SignedInUser;
import uk.partnership.features.events.Audience;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventStatus;

/**
 * A representative's proposals for their own school: list, propose, show (with the thread and the history),
 * edit while submitted or changes requested, resubmit, withdraw. Another school's proposal answers 404.
 */
@Controller
class ProposalController {

    private final ProposalService proposals;
    private final EventCalendar calendar;
    private final FormPages forms;

    ProposalController(ProposalService proposals, EventCalendar calendar, FormPages forms) {
        this.proposals = proposals;
        this.calendar = calendar;
        this.forms = forms;
    }

    @GetMapping("/proposals")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("proposals", user.schoolId() == null ? java.util.List.of() : proposals.forSchool(user.schoolId()));
        return "proposals/list";
    }

    @GetMapping("/proposals/new")
    String newProposal(Model model) {
        model.addAttribute("proposal", ProposalForm.empty());
        return form(model, null);
    }

    @PostMapping("/proposals")
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("proposal") ProposalForm form,
                  BindingResult errors, @RequestParam(defaultValue = "false") boolean addDate, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (addDate) {
            return anotherRow(form, errors, model, response, null);
        }
        Long id = proposals.create(user, form, errors);
        if (FormPages.failed(errors, response) || id == null) {
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", "proposals.saved.created");
        return "redirect:/proposals/" + id;
    }

    @GetMapping("/proposals/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ProposalView current = proposals.get(user, id);
        var messages = proposals.messages(id);
        model.addAttribute("admin", false);
        model.addAttribute("current", current);
        model.addAttribute("messages", messages);
        model.addAttribute("latestRequest", messages.reversed().stream().filter(ProposalView.Entry::coordinator)
                .findFirst().orElse(null));
        model.addAttribute("publishedEvent", current.eventId() == null ? null
                : calendar.anyById(current.eventId()).filter(event -> event.status() == EventStatus.PUBLISHED).orElse(null));
        model.addAttribute("history", proposals.history(id));
        if (!model.containsAttribute("reply")) {
            model.addAttribute("reply", new ReplyForm(""));
        }
        return "proposals/show";
    }

    @GetMapping("/proposals/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        ProposalView current = proposals.get(user, id);
        if (!current.editable()) {
            redirect.addFlashAttribute("refused", "proposals.refused.edit");
            return "redirect:/proposals/" + id;
        }
        model.addAttribute("proposal", ProposalForm.of(current));
        return form(model, current);
    }

    @PostMapping("/proposals/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                  @Valid @ModelAttribute("proposal") ProposalForm form, BindingResult errors,
                  @RequestParam(defaultValue = "false") boolean addDate, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (addDate) {
            return anotherRow(form, errors, model, response, proposals.get(user, id));
        }
        try {
            forms.save(errors, model, () -> proposals.update(user, id, form, errors));
        } catch (ProposalRefusedException refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
            return "redirect:/proposals/" + id;
        }
        if (FormPages.failed(errors, response)) {
            return form(model, proposals.get(user, id));
        }
        redirect.addFlashAttribute("saved", "proposals.saved.edited");
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/proposals/{id}/resubmit")
    String resubmit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam long version,
                    RedirectAttributes redirect) {
        return move(user, id, version, ProposalStatus.RESUBMITTED, redirect, "proposals.saved.resubmitted");
    }

    @PostMapping("/proposals/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam long version,
                    RedirectAttributes redirect) {
        return move(user, id, version, ProposalStatus.WITHDRAWN, redirect, "proposals.saved.withdrawn");
    }

    @PostMapping("/proposals/{id}/messages")
    String message(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
                   @Valid @ModelAttribute("reply") ReplyForm reply, BindingResult errors, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        if (FormPages.failed(errors, response)) {
            return show(user, id, model);
        }
        proposals.post(user, id, reply.body());
        redirect.addFlashAttribute("saved", "proposals.saved.message");
        return "redirect:/proposals/" + id + "#thread";
    }

    private String move(SignedInUser user, long id, long version, ProposalStatus target, RedirectAttributes redirect,
                        String done) {
        try {
            if (FormPages.act(redirect, "proposals.refused.changedMeanwhile",
                    () -> proposals.move(user, id, version, target, ""))) {
                redirect.addFlashAttribute("saved", done);
            }
        } catch (ProposalRefusedException refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/proposals/" + id;
    }

    /**
     * The form again with one more date row, as typed and not yet checked: only what could not be read at all is
     * said (a date that is not one), so nothing typed is lost. 400 then, 200 otherwise.
     */
    private String anotherRow(ProposalForm form, BindingResult errors, Model model, HttpServletResponse response,
                              @Nullable ProposalView current) {
        ProposalForm more = form.withAnotherRow();
        var unreadable = new BeanPropertyBindingResult(more, "proposal");
        errors.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(unreadable::addError);
        model.addAttribute("proposal", more);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "proposal", unreadable);
        FormPages.failed(unreadable, response);
        return form(model, current);
    }

    private String form(Model model, @Nullable ProposalView current) {
        model.addAttribute("current", current);
        // A date or time that could not be read comes back as typed, next to its message.
        Map<String, Object> typed = new LinkedHashMap<>();
        if (model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "proposal") instanceof BindingResult result) {
            result.getFieldErrors().stream().filter(FieldError::isBindingFailure)
                    .filter(error -> error.getRejectedValue() != null)
                    .forEach(error -> typed.put(error.getField(), error.getRejectedValue() instanceof String[] values
                            && values.length > 0 ? values[0] : error.getRejectedValue()));
        }
        model.addAttribute("typed", typed);
        Map<Long, String> categoryNames = new LinkedHashMap<>();
        calendar.categories().forEach(category -> categoryNames.put(category.id(), category.name()));
        model.addAttribute("categoryNames", categoryNames);
        model.addAttribute("audienceValues", Audience.values());
        model.addAttribute("yearGroupValues", ProposalForm.YEAR_GROUPS);
        return "proposals/form";
    }
}
