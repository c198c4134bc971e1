package uk.partnership.base.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * What the application compresses itself rather than leaving to the server: the page cache's copies, once a page
 * (at zlib's default level), and every page a view renders for a visitor who accepts gzip ({@link TemplateVariablesView},
 * at its fastest level). Both follow the server's own rule on {@code Accept-Encoding}.
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

    /**
     * A gzip stream at zlib's fastest level onto {@code out}, which {@link #end()} finishes without closing {@code out},
     * freeing the compressor's native memory at once rather than when it is collected.
     */
    static final class Fastest extends GZIPOutputStream {

        Fastest(OutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }

        /** Writes the rest of the gzip stream (its trailer) to the underlying stream, which stays open. */
        void end() throws IOException {
            try {
                finish();
            } finally {
                def.end();
            }
        }
    }
}
