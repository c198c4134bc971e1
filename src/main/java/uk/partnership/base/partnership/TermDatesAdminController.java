package uk.partnership.base.partnership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;

/**
 * The coordinator's term dates, part of the site settings: the list of holidays with a form to add one, a page
 * to change one, and a confirmation page to delete one.
 */
@Controller
class TermDatesAdminController {

    static final String LIST = "/admin/settings/term-dates";

    private final TermDatesAdminService admin;
    private final TermDates termDates;
    private final FormPages forms;

    TermDatesAdminController(TermDatesAdminService admin, TermDates termDates, FormPages forms) {
        this.admin = admin;
        this.termDates = termDates;
        this.forms = forms;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("add", TermBreakForm.empty());
        return listPage(model);
    }

    @PostMapping(LIST)
    String add(Actor actor, @Valid @ModelAttribute("add") TermBreakForm form,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        admin.add(actor, actor.displayName(), form, errors);
        if (FormPages.failed(errors, response)) {
            return listPage(model);
        }
        return saved(redirect, "admin.termDates.added", form.trimmedName());
    }

    @GetMapping(LIST + "/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        TermBreakView termBreak = admin.byId(id).orElseThrow(() -> new NotFoundException("term break " + id));
        model.addAttribute("termBreak", TermBreakForm.of(termBreak));
        return editPage(termBreak, model);
    }

    @PostMapping(LIST + "/{id:\\d+}")
    String save(Actor actor, @PathVariable long id,
                @Valid @ModelAttribute("termBreak") TermBreakForm form, BindingResult errors, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        TermBreakView saved = admin.byId(id).orElseThrow(() -> new NotFoundException("term break " + id));
        Boolean changed = forms.save(errors, model, () -> admin.update(actor, actor.displayName(), id, form, errors));
        if (FormPages.failed(errors, response)) {
            return editPage(saved, model);
        }
        return saved(redirect, Boolean.TRUE.equals(changed) ? "admin.termDates.saved" : "admin.termDates.unchanged",
                form.trimmedName());
    }

    @GetMapping(LIST + "/{id:\\d+}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("termBreak", admin.byId(id).orElseThrow(() -> new NotFoundException("term break " + id)));
        return "site/admin-term-date-delete";
    }

    @PostMapping(LIST + "/{id:\\d+}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "admin.termDates.deleted", admin.delete(actor, id));
    }

    private String listPage(Model model) {
        model.addAttribute("breaks", termDates.all());
        return "site/admin-term-dates";
    }

    private static String editPage(TermBreakView termBreak, Model model) {
        model.addAttribute("breakId", termBreak.id());
        model.addAttribute("breakName", termBreak.name());
        return "site/admin-term-date";
    }

    private static String saved(RedirectAttributes redirect, String message, String name) {
        redirect.addFlashAttribute("saved", message);
        redirect.addFlashAttribute("savedArgument", name);
        // To the top of the content, where the message is: the add form posts to #add, which the browser keeps.
        return "redirect:" + LIST + "#main";
    }
}
