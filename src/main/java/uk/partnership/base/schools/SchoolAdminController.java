package uk.partnership.base.schools;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureForm;
import uk.partnership.base.images.PicturePanels;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;

/** The coordinator's schools: the list, adding a school, and changing one. */
@Controller
class SchoolAdminController {

    private final SchoolAdminService admin;
    private final SchoolDirectory schools;
    private final FormPages forms;
    private final PicturePanels panels;

    SchoolAdminController(SchoolAdminService admin, SchoolDirectory schools, FormPages forms, PicturePanels panels) {
        this.admin = admin;
        this.schools = schools;
        this.forms = forms;
        this.panels = panels;
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
        FormPages.requireReadable(errors);
        // Always asked, so every problem is listed at once; it saves nothing while there are errors.
        admin.create(actor, actor.displayName(), form, errors);
        if (FormPages.failed(errors, response)) {
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
        FormPages.requireReadable(errors);
        Boolean changed = forms.save(errors, model, () -> admin.update(actor, actor.displayName(), id, form, errors));
        if (FormPages.failed(errors, response)) {
            return form(current(id), model);
        }
        redirect.addFlashAttribute("saved", Boolean.TRUE.equals(changed) ? "admin.schools.changed"
                : "admin.schools.unchanged");
        redirect.addFlashAttribute("savedArgument", form.name().strip());
        return "redirect:/admin/schools";
    }

    /** The school's crest, set by a form of its own on the school's page (issue 20). */
    @PostMapping("/admin/schools/{id:\\d+}/crest")
    String crest(Actor actor, @PathVariable long id, @Valid @ModelAttribute("pictureForm") PictureForm form,
                 BindingResult errors, @RequestParam(name = PicturePanels.UPLOAD, required = false)
                 @Nullable MultipartFile upload, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        SchoolView school = current(id);
        Picture crest = panels.chosen(form, upload, school.crest(), errors);
        if (FormPages.failed(errors, response)) {
            model.addAttribute("form", admin.formFor(id).orElseThrow(() -> new NotFoundException("school " + id)));
            return form(school, model);
        }
        admin.showCrest(actor, id, crest);
        redirect.addFlashAttribute(FormPages.SAVED, crest == null ? "admin.schools.crest.removed"
                : "admin.schools.crest.saved");
        redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, school.name());
        return "redirect:/admin/schools/" + id + "#crest";
    }

    private SchoolView current(long id) {
        return schools.byId(id).orElseThrow(() -> new NotFoundException("school " + id));
    }

    private static String form(@Nullable SchoolView school, Model model) {
        if (school != null) {
            model.addAttribute("school", school);
            if (!model.containsAttribute("pictureForm")) {
                model.addAttribute("pictureForm", PictureForm.of(school.crest()));
            }
        }
        model.addAttribute("sectors", Sector.values());
        return "schools/admin-form";
    }
}
