package uk.partnership.base.images;

import java.util.Optional;

/**
 * Where the variants live. PostgreSQL is the one kept now ({@link DatabaseImageStore}); an S3-compatible store
 * would be a second implementation chosen by configuration (ADR 0027).
 */
interface ImageStore {

    /** Keeps a processed upload; keeping the same hash twice changes nothing. */
    void save(ImageCheck.Processed processed);

    Optional<Picture> find(String hash);

    /** The encoded bytes of one width, with "jpg" or "png". */
    Optional<StoredVariant> variant(String hash, int width, String extension);

    record StoredVariant(byte[] bytes, String extension) {
    }
}
