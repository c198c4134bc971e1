package uk.partnership.base.images;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The picture of an item set by a form of its own ({@code images/panel.html}): a school's crest, the partnership's
 * logo. The alt text is checked before the file is kept, so a form sent back for a missing description has stored
 * nothing: these forms leave no picture that nothing refers to.
 */
@Component
public class PicturePanels {

    /** The name of the form's file part; its field, for messages, is "pictureFile". */
    public static final String UPLOAD = "pictureUpload";

    private final Pictures pictures;

    PicturePanels(Pictures pictures) {
        this.pictures = pictures;
    }

    /**
     * The picture the item is to have after this form: the upload (checked and kept), or the current one with the
     * alt text as typed, or none when "remove" is ticked. With errors by the fields (then nothing is kept), the answer
     * is the current picture.
     */
    public @Nullable Picture chosen(PictureForm form, @Nullable MultipartFile upload, @Nullable Picture current,
                                    Errors errors) {
        if (Boolean.TRUE.equals(form.pictureRemove())) {
            return null;
        }
        boolean decorative = Boolean.TRUE.equals(form.pictureDecorative());
        String alt = decorative || form.pictureAlt() == null ? "" : form.pictureAlt().strip();
        boolean chosen = upload != null && Pictures.chosen(upload);
        if (!chosen && current == null) {
            errors.rejectValue("pictureFile", "images.file.required");
        }
        if (!decorative && alt.isEmpty() && !errors.hasFieldErrors("pictureAlt")) {
            errors.rejectValue("pictureAlt", "images.alt.required");
        }
        if (errors.hasErrors()) {
            return current;
        }
        if (!chosen) {
            return current.withAlt(alt);
        }
        try {
            return pictures.receive(upload).withAlt(alt);
        } catch (PictureRefusedException refused) {
            errors.rejectValue("pictureFile", refused.code());
            return current;
        }
    }
}
