package uk.partnership.base.images;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;

/**
 * The form of a picture that is an item's only content on its own form (a school's crest, the partnership's logo),
 * as typed: the alt text, "decorative", "remove", and the file's field for its messages (the file comes as the request
 * part {@value PicturePanels#UPLOAD}). Such a picture never shows pupils, so no consent is asked.
 */
public record PictureForm(
        @Size(max = 300, message = "{images.alt.tooLong}") @SingleLine @Nullable String pictureAlt,
        @Nullable Boolean pictureDecorative,
        @Nullable Boolean pictureRemove,
        @Nullable String pictureFile) {

    /** The form for an item's current picture (none: null). */
    public static PictureForm of(@Nullable Picture current) {
        return new PictureForm(current == null ? "" : current.alt(), current != null && current.decorative(), false,
                null);
    }
}
