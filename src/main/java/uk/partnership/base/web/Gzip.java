package uk.partnership.base.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * Bodies the application compresses itself, rather than leaving it to the server: the page cache's copies, once per
 * page, and every page a view renders ({@link TemplateVariablesView}). Both follow the server's own rules: text of
 * at least {@link #COMPRESS_FROM} bytes, for a request whose {@code Accept-Encoding} takes gzip.
 */
public final class Gzip {

    /** Bodies smaller than this are sent as they are (as the server's own compression does). */
    public static final int COMPRESS_FROM = 2048;

    private Gzip() {
    }

    /** Whether the request takes a gzip body: its {@code Accept-Encoding} names gzip, without {@code q=0}. */
    public static boolean accepted(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].trim().matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** The bytes compressed with gzip at {@code level} ({@link java.util.zip.Deflater}'s levels). */
    public static byte[] compress(byte[] body, int offset, int length, int level) {
        var compressed = new ByteArrayOutputStream(Math.max(64, length / 4));
        try (var gzip = new GZIPOutputStream(compressed, 8192) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(body, offset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
