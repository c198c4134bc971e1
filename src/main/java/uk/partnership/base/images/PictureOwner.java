package uk.partnership.base.images;

import java.util.Collection;
import java.util.Set;

/**
 * A module whose items show pictures, telling the clean-up ({@link PictureCleanup}) which pictures are in use. Every
 * bean of this type is asked; a picture none of them names, untouched for a day, is deleted. A new kind of item with
 * a picture (a school's crest, the partnership's logo) registers itself by adding a bean: for a table with an
 * {@code image_hash} column, a subclass of {@link ImageHashColumn} naming the table is all it takes (ADR 0031).
 */
public interface PictureOwner {

    /** Of these picture hashes, those this module's items refer to (drafts and retired items included). */
    Set<String> referenced(Collection<String> hashes);
}
