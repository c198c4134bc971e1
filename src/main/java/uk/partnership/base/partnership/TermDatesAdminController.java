package uk.partnership.base.partnership;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.schools.RepresentedSchool;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;

/**
 * The term dates screens: the coordinator's, part of the site settings, with every entry (terms, holidays and INSET
 * days, shared or a school's own) and whose they are; and a representative's, in their area, with only their own
 * school's entries and no choice of school ({@link RepresentedSchool} comes from their account; another school's
 * entry is not found). Each has a list with a form to add one, a page to change one and a page to delete one.
 */
@Controller
class TermDatesAdminController {

    static final String LIST = "/admin/settings/term-dates";
    static final String MINE = "/proposals/term-dates";

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
        return list(null, model);
    }

    @GetMapping(MINE)
    String listMine(RepresentedSchool school, Model model) {
        return list(school.id(), model);
    }

    @PostMapping(LIST)
    String add(Actor actor, @Valid @ModelAttribute("add") TermDateForm form,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return add(actor, null, form, errors, model, response, redirect);
    }

    @PostMapping(MINE)
    String addMine(Actor actor, RepresentedSchool school, @Valid @ModelAttribute("add") TermDateForm form,
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return add(actor, school.id(), form, errors, model, response, redirect);
    }

    @GetMapping(LIST + "/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        return edit(null, id, model);
    }

    @GetMapping(MINE + "/{id:\\d+}")
    String editMine(RepresentedSchool school, @PathVariable long id, Model model) {
        return edit(school.id(), id, model);
    }

    @PostMapping(LIST + "/{id:\\d+}")
    String save(Actor actor, @PathVariable long id,
                @Valid @ModelAttribute("termDate") TermDateForm form, BindingResult errors, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return save(actor, null, id, form, errors, model, response, redirect);
    }

    @PostMapping(MINE + "/{id:\\d+}")
    String saveMine(Actor actor, RepresentedSchool school, @PathVariable long id,
                    @Valid @ModelAttribute("termDate") TermDateForm form, BindingResult errors, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return save(actor, school.id(), id, form, errors, model, response, redirect);
    }

    @GetMapping(LIST + "/{id:\\d+}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        return confirmDelete(null, id, model);
    }

    @GetMapping(MINE + "/{id:\\d+}/delete")
    String confirmDeleteMine(RepresentedSchool school, @PathVariable long id, Model model) {
        return confirmDelete(school.id(), id, model);
    }

    @PostMapping(LIST + "/{id:\\d+}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return saved(null, redirect, "admin.termDates.deleted", admin.delete(actor, null, id));
    }

    @PostMapping(MINE + "/{id:\\d+}/delete")
    String deleteMine(Actor actor, RepresentedSchool school, @PathVariable long id, RedirectAttributes redirect) {
        return saved(school.id(), redirect, "admin.termDates.deleted", admin.delete(actor, school.id(), id));
    }

    private String list(@Nullable Long onlySchool, Model model) {
        model.addAttribute("add", TermDateForm.empty());
        return listPage(onlySchool, model);
    }

    private String add(Actor actor, @Nullable Long onlySchool, TermDateForm form, BindingResult errors, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        admin.add(actor, onlySchool, form, errors);
        if (FormPages.failed(errors, response)) {
            return listPage(onlySchool, model);
        }
        return saved(onlySchool, redirect, "admin.termDates.added", form.trimmedName());
    }

    private String edit(@Nullable Long onlySchool, long id, Model model) {
        TermDateView entry = found(onlySchool, id);
        model.addAttribute("termDate", TermDateForm.of(entry));
        return editPage(onlySchool, entry, model);
    }

    private String save(Actor actor, @Nullable Long onlySchool, long id, TermDateForm form, BindingResult errors,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TermDateView saved = found(onlySchool, id);
        Boolean changed = forms.save(errors, model, () -> admin.update(actor, onlySchool, id, form, errors));
        if (FormPages.failed(errors, response)) {
            return editPage(onlySchool, saved, model);
        }
        return saved(onlySchool, redirect,
                Boolean.TRUE.equals(changed) ? "admin.termDates.saved" : "admin.termDates.unchanged", form.trimmedName());
    }

    private String confirmDelete(@Nullable Long onlySchool, long id, Model model) {
        model.addAttribute("termDate", found(onlySchool, id));
        choices(onlySchool, model);
        return "site/admin-term-date-delete";
    }

    private TermDateView found(@Nullable Long onlySchool, long id) {
        return admin.byId(id, onlySchool).orElseThrow(() -> new NotFoundException("term date " + id));
    }

    private String listPage(@Nullable Long onlySchool, Model model) {
        List<TermDateView> entries = termDates.entries();
        model.addAttribute("entries", onlySchool == null ? entries
                : entries.stream().filter(entry -> onlySchool.equals(entry.schoolId())).toList());
        choices(onlySchool, model);
        return "site/admin-term-dates";
    }

    private String editPage(@Nullable Long onlySchool, TermDateView entry, Model model) {
        model.addAttribute("entryId", entry.id());
        model.addAttribute("entryName", entry.name());
        choices(onlySchool, model);
        return "site/admin-term-date";
    }

    /**
     * What the screens offer: the kinds; for a coordinator, the schools to choose from; each school's name by id; the
     * address the forms post to; and, for a representative, their school.
     */
    private void choices(@Nullable Long onlySchool, Model model) {
        model.addAttribute("kinds", Arrays.stream(TermDateKind.values()).map(Enum::name).toList());
        List<SchoolView> all = schools.all();
        model.addAttribute("schools", onlySchool == null ? all : null);
        Map<Long, String> names = all.stream().collect(Collectors.toMap(SchoolView::id, SchoolView::name, (a, b) -> a));
        model.addAttribute("schoolNames", names);
        model.addAttribute("base", onlySchool == null ? LIST : MINE);
        model.addAttribute("ownSchool", onlySchool == null ? null : names.get(onlySchool));
    }

    private static String saved(@Nullable Long onlySchool, RedirectAttributes redirect, String message, String name) {
        redirect.addFlashAttribute("saved", message);
        redirect.addFlashAttribute("savedArgument", name);
        // To the top of the content, where the message is: the add form posts to #add, which the browser keeps.
        return "redirect:" + (onlySchool == null ? LIST : MINE) + "#main";
    }
}
