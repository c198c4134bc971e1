package uk.partnership.base.images;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * A picture as the row that shows it keeps it (a school's crest, the partnership's logo): the hash, the largest
 * variant's size and type, and the alt text (empty when decorative), so that the row is read with its picture in one
 * statement. The owning entity names the columns ({@code @AttributeOverride}: {@code crest_hash}, {@code logo_hash}…).
 */
@Embeddable
public class PictureRef {

    private @Nullable String hash;
    private @Nullable Integer width;
    private @Nullable Integer height;
    private @Nullable String extension;
    private String alt = "";

    protected PictureRef() {
    }

    /** The columns of {@code picture}; all empty for none. */
    public static PictureRef of(@Nullable Picture picture) {
        PictureRef ref = new PictureRef();
        if (picture != null) {
            ref.hash = picture.hash();
            ref.width = picture.width();
            ref.height = picture.height();
            ref.extension = picture.extension();
            ref.alt = picture.alt();
        }
        return ref;
    }

    /** The picture these columns hold; null when none (or when the row was read without it). */
    public static @Nullable Picture picture(@Nullable PictureRef ref) {
        if (ref == null || ref.hash == null || ref.width == null || ref.height == null || ref.extension == null) {
            return null;
        }
        return new Picture(ref.hash, ref.width, ref.height, ref.extension, ref.alt);
    }
}
