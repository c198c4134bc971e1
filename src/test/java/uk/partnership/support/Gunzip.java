package uk.partnership.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Reads back a gzip body, as a browser does before showing it. */
public final class Gunzip {

    private Gunzip() {
    }

    /** The bytes {@code compressed} holds; fails the test if it is not a whole gzip stream. */
    public static byte[] bytes(byte[] compressed) {
        try (var gunzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return gunzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("not a whole gzip stream", e);
        }
    }
}
