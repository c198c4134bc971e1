package uk.partnership.base.images;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The picture field of the coordinator's forms, the same for every item that has a picture: an upload checked and
 * kept as soon as it arrives (so the form shown again for another field's error still holds it), the picture chosen
 * for the page to show, and the checks of alt text and pupils' consent when the item is saved.
 */
@Component
public class PictureForms {

    /** The name of the form's file part; its field, for messages, is {@value #FIELD}. */
    public static final String UPLOAD = "pictureUpload";
    public static final String FIELD = "pictureFile";

    /** The model's name for the hash of a picture uploaded with this very request. */
    private static final String KEPT = "keptPicture";

    private final Pictures pictures;

    PictureForms(Pictures pictures) {
        this.pictures = pictures;
    }

    /**
     * Keeps a picture chosen on the form (stored by its hash, harmlessly, even if the item is never saved) and returns
     * the form holding it; a refused file is an error by the file field, and the form is returned as it was.
     */
    public <F extends PictureFields<F>> F receive(F form, @Nullable MultipartFile upload, Errors errors, Model model) {
        if (upload == null || !Pictures.chosen(upload)) {
            return form;
        }
        try {
            String hash = pictures.receive(upload).hash();
            // Beside the form, not in its place: replacing the model's form would drop its binding errors.
            model.addAttribute(KEPT, hash);
            return form.withPicture(hash);
        } catch (PictureRefusedException refused) {
            errors.rejectValue(FIELD, refused.code());
            return form;
        }
    }

    /** Puts the picture the form shows as chosen into the model ("chosenPicture"), if any. */
    public void offer(Model model, @Nullable PictureFields<?> form) {
        String chosen = model.getAttribute(KEPT) instanceof String kept ? kept
                : form == null ? null : form.keptPicture();
        model.addAttribute("chosenPicture", pictures.find(chosen).orElse(null));
    }

    /**
     * The picture the form keeps (uploaded now or before), with its alt text: required unless the picture is marked
     * decorative, and a picture showing pupils needs the confirmation that the schools' consent covers it. Null when
     * the form keeps none, or with field errors. Called by a save, in its transaction, it touches the picture as in
     * use ({@link Pictures#keep}).
     */
    public @Nullable Picture check(PictureFields<?> form, Errors errors) {
        String hash = form.keptPicture();
        if (hash == null) {
            return null;
        }
        // A save touches it, so the clean-up leaves it; a preview (a read-only transaction) only looks.
        boolean saving = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Picture stored = (saving ? pictures.keep(hash) : pictures.find(hash)).orElse(null);
        if (stored == null) {
            errors.rejectValue(FIELD, "images.unknown");
            return null;
        }
        String alt = form.pictureAlt() == null ? "" : form.pictureAlt().strip();
        if (form.isPictureDecorative()) {
            alt = "";
        } else if (alt.isEmpty() && !errors.hasFieldErrors("pictureAlt")) {
            errors.rejectValue("pictureAlt", "images.alt.required");
        }
        if (form.showsPupils() && !Boolean.TRUE.equals(form.pictureConsent())) {
            errors.rejectValue("pictureConsent", "images.consent.required");
        }
        return stored.withAlt(alt);
    }
}
