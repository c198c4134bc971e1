package uk.partnership.base.partnership;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

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
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;

/**
 * The coordinator's term dates, part of the site settings: every entry (terms, holidays and INSET days, shared or a
 * school's own) with a form to add one, a page to change one, and a confirmation page to delete one.
 */
@Controller
class TermDatesAdminController {

    static final String LIST = "/admin/settings/term-dates";

    private final TermDatesAdminService admin;
    private final TermDates termDates;
    private final SchoolDirectory schools;
    private final FormPages forms;

    TermDatesAdminController(TermDatesAdminService admin, TermDates termDates, SchoolDirectory schools,
                             FormPages forms) {
        this.admin = admin;
        this.termDates = termDates;
        this.schools = schools;
        this.forms = forms;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("add", TermDateForm.empty());
        return listPage(model);
    }

    @PostMapping(LIST)
    String add(Actor actor, @Valid @ModelAttribute("add") TermDateForm form,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        admin.add(actor, null, form, errors);
        if (FormPages.failed(errors, response)) {
            return listPage(model);
        }
        return saved(redirect, "admin.termDates.added", form.trimmedName());
    }

    @GetMapping(LIST + "/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        TermDateView entry = found(id);
        model.addAttribute("termDate", TermDateForm.of(entry));
        return editPage(entry, model);
    }

    @PostMapping(LIST + "/{id:\\d+}")
    String save(Actor actor, @PathVariable long id,
                @Valid @ModelAttribute("termDate") TermDateForm form, BindingResult errors, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        TermDateView saved = found(id);
        Boolean changed = forms.save(errors, model, () -> admin.update(actor, null, id, form, errors));
        if (FormPages.failed(errors, response)) {
            return editPage(saved, model);
        }
        return saved(redirect, Boolean.TRUE.equals(changed) ? "admin.termDates.saved" : "admin.termDates.unchanged",
                form.trimmedName());
    }

    @GetMapping(LIST + "/{id:\\d+}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("termDate", found(id));
        return "site/admin-term-date-delete";
    }

    @PostMapping(LIST + "/{id:\\d+}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "admin.termDates.deleted", admin.delete(actor, null, id));
    }

    private TermDateView found(long id) {
        return admin.byId(id, null).orElseThrow(() -> new NotFoundException("term date " + id));
    }

    private String listPage(Model model) {
        model.addAttribute("entries", termDates.entries());
        return choices(model, "site/admin-term-dates");
    }

    private String editPage(TermDateView entry, Model model) {
        model.addAttribute("entryId", entry.id());
        model.addAttribute("entryName", entry.name());
        return choices(model, "site/admin-term-date");
    }

    /** The kinds and schools the form offers, and each school's name by id for the list. */
    private String choices(Model model, String view) {
        model.addAttribute("kinds", Arrays.stream(TermDateKind.values()).map(Enum::name).toList());
        model.addAttribute("schools", schools.all());
        Map<Long, String> names = schools.all().stream()
                .collect(Collectors.toMap(SchoolView::id, SchoolView::name, (a, b) -> a));
        model.addAttribute("schoolNames", names);
        return view;
    }

    private static String saved(RedirectAttributes redirect, String message, String name) {
        redirect.addFlashAttribute("saved", message);
        redirect.addFlashAttribute("savedArgument", name);
        // To the top of the content, where the message is: the add form posts to #add, which the browser keeps.
        return "redirect:" + LIST + "#main";
    }
}
