package uk.partnership.base.images;

import org.jspecify.annotations.Nullable;

/**
 * The picture fields of a form that has one (event, news post, programme page), as typed: the file's field (for
 * messages only: the file itself comes as the request part {@value PictureForms#UPLOAD}), the hash of a picture
 * kept from an earlier upload, the alt text, "decorative", "shows pupils" with the consent confirmed, and "remove".
 * The form records implement it with components of these names, checked by the same annotations.
 *
 * @param <F> the form record itself
 */
public interface PictureFields<F extends PictureFields<F>> {

    @Nullable String picture();

    @Nullable String pictureAlt();

    @Nullable Boolean pictureDecorative();

    @Nullable Boolean picturePupils();

    @Nullable Boolean pictureConsent();

    @Nullable Boolean pictureRemove();

    /** The form holding {@code hash} as its picture: an upload kept while the rest of the form is put right. */
    F withPicture(@Nullable String hash);

    /** The picture's hash the form keeps, unless "remove" is ticked; null when none. */
    default @Nullable String keptPicture() {
        return Boolean.TRUE.equals(pictureRemove()) || picture() == null || picture().isBlank() ? null
                : picture().strip();
    }

    default boolean isPictureDecorative() {
        return Boolean.TRUE.equals(pictureDecorative());
    }

    default boolean showsPupils() {
        return Boolean.TRUE.equals(picturePupils());
    }
}
