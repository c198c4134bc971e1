package uk.partnership.base.images;

import java.util.Optional;

/**
 * Where the variants live. PostgreSQL is the one kept now ({@link DatabaseImageStore}); an S3-compatible store
 * would be a second implementation chosen by configuration (ADR 0027).
 */
interface ImageStore {

    /** Keeps a processed upload; keeping the same hash twice only touches it (as {@link #touch}). */
    void save(ImageCheck.Processed processed);

    /**
     * Marks the picture as in use now, so the clean-up leaves it for another day, and holds it until the transaction
     * ends; empty when it is not (or no longer) stored.
     */
    Optional<Picture> touch(String hash);

    Optional<Picture> find(String hash);

    /** The encoded bytes of one width, with "jpg" or "png". */
    Optional<StoredVariant> variant(String hash, int width, String extension);

    record StoredVariant(byte[] bytes, String extension) {
    }
}
