package uk.partnership.features.programmes;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import uk.partnership.base.images.PictureForms;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.RichText;
import uk.partnership.features.events.CategoryNames;
import uk.partnership.features.events.SeriesNames;

/**
 * The coordinator's pages at /admin/programmes: list, new, edit with a preview that works without JavaScript,
 * publish, unpublish, delete a draft, and a preview of the whole public page.
 */
@Controller
class ProgrammeAdminController {

    private final ProgrammeAdminService admin;
    private final Programmes programmes;
    private final ProgrammePageModel pageModel;
    private final CategoryNames categories;
    private final RichText richText;
    private final FormPages forms;
    private final PictureForms pictures;
    private final SeriesNames series;
    private final MessageSource messages;

    ProgrammeAdminController(ProgrammeAdminService admin, Programmes programmes, ProgrammePageModel pageModel,
                             CategoryNames categories, SeriesNames series, RichText richText, FormPages forms,
                             PictureForms pictures, MessageSource messages) {
        this.admin = admin;
        this.programmes = programmes;
        this.pageModel = pageModel;
        this.categories = categories;
        this.richText = richText;
        this.forms = forms;
        this.pictures = pictures;
        this.series = series;
        this.messages = messages;
    }

    @GetMapping("/admin/programmes")
    String list(Model model) {
        model.addAttribute("pages", programmes.all());
        return "programmes/admin-list";
    }

    @GetMapping("/admin/programmes/new")
    String newPage(Model model) {
        model.addAttribute("programme", ProgrammeForm.empty());
        return form(model, null);
    }

    @PostMapping("/admin/programmes")
    String create(Actor actor, @Valid @ModelAttribute("programme") ProgrammeForm typed, BindingResult errors,
                  @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = PictureForms.UPLOAD, required = false) @Nullable MultipartFile upload,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProgrammeForm form = pictures.receive(typed, upload, errors, model);
        if ("preview".equals(action)) {
            return preview(form, errors, response, model, null);
        }
        Long id = admin.create(actor, form, errors);
        if (FormPages.failed(errors, response) || id == null) {
            return form(model, null);
        }
        if ("publish".equals(action)) {
            admin.publish(actor, id, admin.version(id));
        }
        redirect.addFlashAttribute(FormPages.SAVED,
                "publish".equals(action) ? "admin.programmes.published" : "admin.programmes.saved");
        return "redirect:/admin/programmes/" + id;
    }

    @GetMapping("/admin/programmes/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("programme", admin.formFor(id));
        return form(model, id);
    }

    @PostMapping("/admin/programmes/{id}")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("programme") ProgrammeForm typed,
                  BindingResult errors, @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = PictureForms.UPLOAD, required = false) @Nullable MultipartFile upload,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProgrammeForm form = pictures.receive(typed, upload, errors, model);
        if ("preview".equals(action)) {
            return preview(form, errors, response, model, id);
        }
        String shown = forms.saveEdit(id, errors, model, response, "admin.programmes.deletedMeanwhile",
                () -> admin.update(actor, id, form, errors), shownId -> form(model, shownId));
        if (shown != null) {
            return shown;
        }
        redirect.addFlashAttribute(FormPages.SAVED, "admin.programmes.saved");
        return "redirect:/admin/programmes/" + id;
    }

    @PostMapping("/admin/programmes/{id}/publish")
    String publish(Actor actor, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        if (FormPages.act(redirect, "admin.programmes.changedMeanwhile", () -> admin.publish(actor, id, version))) {
            redirect.addFlashAttribute(FormPages.SAVED, "admin.programmes.published");
        }
        return "redirect:/admin/programmes/" + id;
    }

    @PostMapping("/admin/programmes/{id}/unpublish")
    String unpublish(Actor actor, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        if (FormPages.act(redirect, "admin.programmes.changedMeanwhile", () -> admin.unpublish(actor, id, version))) {
            redirect.addFlashAttribute(FormPages.SAVED, "admin.programmes.unpublished");
        }
        return "redirect:/admin/programmes/" + id;
    }

    @PostMapping("/admin/programmes/{id}/delete")
    String delete(Actor actor, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Boolean deleted = FormPages.outcome(redirect, "admin.programmes.changedMeanwhile",
                () -> admin.deleteDraft(actor, id, version));
        if (deleted == null) {
            return "redirect:/admin/programmes/" + id;
        }
        if (!deleted) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.programmes.delete.published");
            return "redirect:/admin/programmes/" + id;
        }
        redirect.addFlashAttribute(FormPages.SAVED, "admin.programmes.deleted");
        return "redirect:/admin/programmes";
    }

    /** The page exactly as the public will see it, drafts included, with a banner saying it is a preview. */
    @GetMapping("/admin/programmes/{id}/preview")
    String previewPage(@PathVariable long id, Model model) {
        ProgrammeView page = current(id);
        model.addAttribute("previewOf", id);
        return pageModel.fill(page, model);
    }

    /** The form with the body as it would read; a form with errors shows them, and answers 400 as when saved. */
    private String preview(ProgrammeForm form, BindingResult errors, HttpServletResponse response, Model model,
                           @Nullable Long id) {
        FormPages.failed(errors, response);
        model.addAttribute("previewHtml", richText.toHtml(form.body() == null ? "" : form.body()));
        return form(model, id);
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("pageId", id);
        if (id != null) {
            model.addAttribute("current", current(id));
        }
        model.addAttribute("placements", Placement.values());
        model.addAttribute("categoryNames", categories.all());
        Map<Long, String> seriesLabels = new LinkedHashMap<>();
        for (SeriesNames.SeriesChoice choice : series.all()) {
            seriesLabels.put(choice.id(), messages.getMessage("admin.programmes.series.option",
                    new Object[] {choice.title(), choice.dates()}, Locale.UK));
        }
        model.addAttribute("seriesLabels", seriesLabels);
        pictures.offer(model, model.getAttribute("programme") instanceof ProgrammeForm shown ? shown : null);
        return "programmes/admin-form";
    }

    private ProgrammeView current(long id) {
        return programmes.anyById(id).orElseThrow(() -> new NotFoundException("programme " + id));
    }
}
