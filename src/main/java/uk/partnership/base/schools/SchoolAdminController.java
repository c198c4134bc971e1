package uk.partnership.base.schools;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SiteProperties;

/** The coordinator's schools: the list, adding a school, and changing one. */
@Controller
class SchoolAdminController {

    private final SchoolAdminService admin;
    private final SchoolDirectory schools;
    private final SiteProperties site;

    SchoolAdminController(SchoolAdminService admin, SchoolDirectory schools, SiteProperties site) {
        this.admin = admin;
        this.schools = schools;
        this.site = site;
    }

    @GetMapping("/admin/schools")
    String list(Model model) {
        model.addAttribute("schools", schools.all());
        return "schools/admin-list";
    }

    @GetMapping("/admin/schools/new")
    String add(Model model) {
        model.addAttribute("form", SchoolForm.empty());
        return form(null, model);
    }

    @PostMapping("/admin/schools/new")
    String create(Actor actor, @Valid @ModelAttribute("form") SchoolForm form,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requireReadable(errors);
        // Always asked, so every problem is listed at once; it saves nothing while there are errors.
        admin.create(actor, actor.displayName(), form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(null, model);
        }
        redirect.addFlashAttribute("saved", "admin.schools.created");
        redirect.addFlashAttribute("savedArgument", form.name().strip());
        return "redirect:/admin/schools";
    }

    @GetMapping("/admin/schools/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", admin.formFor(id).orElseThrow(() -> new NotFoundException("school " + id)));
        return form(current(id), model);
    }

    @PostMapping("/admin/schools/{id:\\d+}")
    String update(Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute("form") SchoolForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        requireReadable(errors);
        SchoolView school = current(id);
        boolean changed;
        try {
            changed = admin.update(actor, actor.displayName(), id, form, errors);
        } catch (EditConflictException e) {
            e.rejectInto(errors, site.timeZone());
            // The typed values stay; the form now carries the saved version, so checking and saving again works.
            admin.formFor(id).ifPresent(saved -> model.addAttribute("savedVersion", saved.version()));
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(current(id), model);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(school, model);
        }
        redirect.addFlashAttribute("saved", changed ? "admin.schools.changed" : "admin.schools.unchanged");
        redirect.addFlashAttribute("savedArgument", form.name().strip());
        return "redirect:/admin/schools";
    }

    private SchoolView current(long id) {
        return schools.byId(id).orElseThrow(() -> new NotFoundException("school " + id));
    }

    private static String form(@Nullable SchoolView school, Model model) {
        if (school != null) {
            model.addAttribute("school", school);
        }
        model.addAttribute("sectors", Sector.values());
        return "schools/admin-form";
    }

    /** How the person is named to a later editor whose save is refused. */

    /**
     * A value none of the form's fields can send (a radio value or version that is not one) cannot be shown
     * back in the form: it is answered with the 400 page naming the field.
     */
    private static void requireReadable(BindingResult errors) {
        errors.getFieldErrors().stream().filter(FieldError::isBindingFailure).findFirst().ifPresent(failure -> {
            throw new BadRequestException("error.400.parameter", failure.getField());
        });
    }
}
