package uk.partnership.base.partnership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureForm;
import uk.partnership.base.images.PicturePanels;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.RichText;

/**
 * The coordinator's settings page: the partnership's details, aims and links in one form, which can be
 * previewed (the about text as it will look) before it is saved.
 */
@Controller
class SettingsAdminController {

    static final String VIEW = "site/admin-settings";
    static final String PREVIEW = "preview";

    private final SettingsService settings;
    private final RichText richText;
    private final FormPages forms;
    private final PicturePanels panels;

    SettingsAdminController(SettingsService settings, RichText richText, FormPages forms, PicturePanels panels) {
        this.settings = settings;
        this.richText = richText;
        this.forms = forms;
        this.panels = panels;
    }

    @GetMapping("/admin/settings")
    String settings(Model model) {
        model.addAttribute("settings", settings.form());
        return view(model);
    }

    /** The logo, set by a form of its own on the settings page (issue 20), once the settings are saved. */
    @PostMapping("/admin/settings/logo")
    String logo(Actor actor, @Valid @ModelAttribute("pictureForm") PictureForm form, BindingResult errors,
                @RequestParam(name = PicturePanels.UPLOAD, required = false) @Nullable MultipartFile upload,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        SettingsForm current = settings.form();
        if (current.openedAtVersion() == null) {
            redirect.addFlashAttribute(FormPages.REFUSED, "admin.settings.logo.first");
            return "redirect:/admin/settings";
        }
        Picture logo = panels.chosen(form, upload, settings.logo(), errors);
        if (FormPages.failed(errors, response)) {
            model.addAttribute("settings", current);
            return view(model);
        }
        settings.showLogo(actor, logo);
        redirect.addFlashAttribute(FormPages.SAVED, logo == null ? "admin.settings.logo.removed"
                : "admin.settings.logo.saved");
        return "redirect:/admin/settings#logo";
    }

    /** The settings page, with the logo now shown and its form (as typed, after a refusal). */
    private String view(Model model) {
        Picture logo = settings.logo();
        model.addAttribute("logo", logo);
        if (!model.containsAttribute("pictureForm")) {
            model.addAttribute("pictureForm", PictureForm.of(logo));
        }
        return VIEW;
    }

    /** Saves, or with {@code action=preview} shows the about text as it will look and saves nothing. */
    @PostMapping("/admin/settings")
    String save(Actor actor, @Valid @ModelAttribute("settings") SettingsForm form,
                BindingResult errors, @RequestParam(defaultValue = "save") String action, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        if (PREVIEW.equals(action)) {
            model.addAttribute("preview", richText.toHtml(form.about()));
            return view(model);
        }
        form.checkRowsAndDate(errors);
        // The error summary lists the errors in the order of the fields, one per field (ErrorSummary).
        if (FormPages.failed(errors, response)) {
            return view(model);
        }
        Boolean changed = forms.save(errors, model, () -> save(actor, form));
        if (FormPages.failed(errors, response)) {
            return view(model);
        }
        redirect.addFlashAttribute("saved", Boolean.TRUE.equals(changed) ? "admin.settings.saved"
                : "admin.settings.unchanged");
        return "redirect:/admin/settings";
    }

    /**
     * Saves; a save that fails at its commit because another committed between its check and its commit (or both
     * created the settings) is refused as a conflict with that other save.
     */
    private boolean save(Actor actor, SettingsForm form) {
        try {
            return settings.save(actor, actor.displayName(), form);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException late) {
            throw settings.conflict();
        }
    }
}
