package uk.partnership.base.documents;

import java.util.Optional;

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
import uk.partnership.base.web.FormPages;

/**
 * A coordinator's documents of one item, {@code /admin/{kind}/{id}/documents}: the item's edit page lists them and
 * holds the form to add one (a form of its own, so the item's form stays as it is); this page shows the same list and
 * form, and is where a refused upload comes back with its message by the field and the title kept. Representatives
 * never reach it (all of {@code /admin} is for coordinators).
 */
@Controller
class DocumentAdminController {

    /** The name of the form's file part (its field, for messages, is "documentFile"). */
    static final String UPLOAD = "documentUpload";

    private static final String PATH = "/admin/{kind}/{id:\\d+}/documents";

    private final Documents documents;

    DocumentAdminController(Documents documents) {
        this.documents = documents;
    }

    @GetMapping(PATH)
    String page(@PathVariable String kind, @PathVariable long id, Model model) {
        model.addAttribute("documentForm", DocumentForm.empty());
        return shown(kind, id, model);
    }

    @PostMapping(PATH)
    String add(Actor actor, @PathVariable String kind, @PathVariable long id,
               @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors,
               @RequestParam(name = UPLOAD, required = false) @Nullable MultipartFile upload, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        DocumentOwner.Item owner = documents.owner(kind, id);
        if (upload == null || upload.isEmpty() && (upload.getOriginalFilename() == null
                || upload.getOriginalFilename().isEmpty())) {
            errors.rejectValue("documentFile", "documents.file.required");
        } else if (!errors.hasErrors()) {
            try {
                documents.add(actor, kind, id, form.title().strip(), upload);
            } catch (DocumentRefusedException refused) {
                errors.rejectValue("documentFile", refused.code());
            }
        }
        if (FormPages.failed(errors, response)) {
            return shown(kind, id, model);
        }
        redirect.addFlashAttribute(FormPages.SAVED, "documents.added");
        redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, form.title().strip());
        return "redirect:" + owner.editPath() + "#documents";
    }

    @PostMapping(PATH + "/{documentId:\\d+}/remove")
    String remove(Actor actor, @PathVariable String kind, @PathVariable long id, @PathVariable long documentId,
                  RedirectAttributes redirect) {
        return changed(kind, id, documents.remove(actor, kind, id, documentId), "documents.removed", redirect);
    }

    @PostMapping(PATH + "/{documentId:\\d+}/up")
    String moveUp(Actor actor, @PathVariable String kind, @PathVariable long id, @PathVariable long documentId,
                  RedirectAttributes redirect) {
        return changed(kind, id, documents.moveUp(actor, kind, id, documentId), "documents.moved", redirect);
    }

    /** Back to the item's documents, saying what was done to which, or that it had been removed already. */
    private String changed(String kind, long id, Optional<String> title, String done, RedirectAttributes redirect) {
        title.ifPresentOrElse(changed -> {
            redirect.addFlashAttribute(FormPages.SAVED, done);
            redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, changed);
        }, () -> redirect.addFlashAttribute(FormPages.REFUSED, "documents.gone"));
        return "redirect:" + documents.owner(kind, id).editPath() + "#documents";
    }

    private String shown(String kind, long id, Model model) {
        model.addAttribute("owner", documents.owner(kind, id));
        model.addAttribute("kind", kind);
        model.addAttribute("ownerId", id);
        return "documents/admin";
    }
}
