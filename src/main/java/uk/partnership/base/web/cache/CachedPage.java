package uk.partnership.base.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

import uk.partnership.base.web.Gzip;

/**
 * A rendered 200 response, kept with the headers it was sent with.
 *
 * @param contentType  the Content-Type, with its charset
 * @param headers      every other header (security headers, Cache-Control, Vary...), except ETag,
 *                     Last-Modified, Content-Length and Date, which are written on each answer
 * @param body         the body, exactly as rendered
 * @param gzipped      the body compressed with gzip, for the visitors who accept it, or null when it is not worth it
 * @param onDisk       copies of large bodies on disk, for the container's sendfile
 * @param etag         the response's own ETag, or a strong one made from the body
 * @param lastModified the response's Last-Modified in epoch milliseconds, or -1
 * @param generation   the cache generation the page was rendered in; any content change ends it
 * @param validUntil   when the page goes stale by itself: its time to live or the next scheduled change
 */
record CachedPage(String contentType, Map<String, List<String>> headers, byte[] body, byte @Nullable [] gzipped,
                  OnDisk onDisk, String etag, long lastModified, long generation, Instant validUntil) {

    /**
     * Tomcat's request attributes for sending a file with the kernel's sendfile ({@code org.apache.catalina.Globals}):
     * the connector sets the first when it can, the application sets the others instead of writing a body.
     */
    static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";
    static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    /**
     * Where the body and its gzip copy are on disk ({@link PageFiles}), each null when it is only in memory.
     */
    record OnDisk(@Nullable String body, @Nullable String gzipped) {

        static OnDisk write(PageFiles files, byte[] body, byte @Nullable [] gzipped) {
            return new OnDisk(files.write(body), gzipped == null ? null : files.write(gzipped));
        }
    }

    /**
     * Answers from the cache: 304 when the request's validators match, the stored body otherwise, compressed
     * once and for all for visitors who accept gzip (every browser and calendar application does).
     */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean compressed = gzipped != null && Gzip.accepted(request);
        response.setStatus(HttpServletResponse.SC_OK);
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(contentType);
        if (gzipped != null) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        // Each encoding has its own strong validator (RFC 9110, 8.8.3).
        String validator = compressed ? etag.substring(0, etag.length() - 1) + "-gzip\"" : etag;
        if (new ServletWebRequest(request, response).checkNotModified(validator, lastModified)) {
            return;
        }
        byte[] content = compressed ? gzipped : body;
        if (compressed) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(content.length);
        String file = compressed ? onDisk.gzipped() : onDisk.body();
        if (file != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED))) {
            request.setAttribute(SENDFILE_FILENAME, file);
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) content.length);
        } else {
            response.getOutputStream().write(content);
        }
    }

    /** The body compressed with gzip, when its type is text and it is large enough to gain from it. */
    static byte @Nullable [] gzip(String contentType, byte[] body) {
        boolean text = contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json");
        if (!text || body.length < Gzip.COMPRESS_FROM) {
            return null;
        }
        var compressed = new ByteArrayOutputStream(body.length / 4);
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    /** The memory the page holds, roughly, for the cache's size bound. */
    int weight() {
        int weight = body.length + (gzipped == null ? 0 : gzipped.length) + 256;
        for (var header : headers.entrySet()) {
            weight += header.getKey().length() + header.getValue().stream().mapToInt(String::length).sum();
        }
        return weight;
    }
}
