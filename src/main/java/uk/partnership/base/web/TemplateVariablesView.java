package uk.partnership.base.web;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page's view, whose template variables live in a map of their own rather than in the request (issue 18).
 *
 * <p>Thymeleaf keeps every variable of a web page, down to each loop's item, as a request attribute: each read and
 * write went through Spring Security's and Spring Session's request wrappers to Tomcat's attributes, about a sixth of
 * the calendar's rendering. Reads of anything the template did not set (the CSRF token, the error's attributes) still
 * reach the request; what the template sets stays in the template.
 *
 * <p>The page is written into a buffer sized by the view's previous page and reaches the response in one write, so
 * that a template failing half-way leaves the response untouched for the error page, and the thousands of small
 * writes of a page do not go one by one through every response wrapper (Spring Security's counts the length of
 * each). Thymeleaf's own buffer ({@code produce-partial-output-while-processing: false}) started at 1,024 characters,
 * doubled its way up to the page's size and was copied once more into a string: for the calendar's 87 KB page, 0.7 of
 * the 2.3 MB a request allocated (issue 18). From that buffer a page is compressed here for the visitors who accept
 * gzip ({@link #compressedHere}), at zlib's fastest level.
 */
public final class TemplateVariablesView extends ThymeleafView {

    /** Room beyond the previous page's length, for a page a little longer than the last. */
    private static final int HEADROOM = 4096;

    /** How long this view's last page was: the next one's buffer starts at that size. */
    private volatile int lastLength = 16 * 1024;

    /** Whether the server compresses responses ({@code server.compression.enabled}), read with the context. */
    private boolean compression;

    @Override
    protected void initApplicationContext(ApplicationContext context) {
        super.initApplicationContext(context);
        compression = context.getEnvironment().getProperty("server.compression.enabled", Boolean.class, false);
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        var page = new BufferedPage(response, lastLength + HEADROOM);
        super.render(model, new OwnAttributes(request), page);
        lastLength = page.buffer.length;
        if (!compressedHere(request, response, page.buffer.length)) {
            page.buffer.writeTo(response.getWriter());
            return;
        }
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        ByteBuffer bytes = Charset.forName(response.getCharacterEncoding()).encode(page.buffer.chars());
        var gzip = new Gzip.Fastest(response.getOutputStream());
        try {
            gzip.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        } finally {
            gzip.end();
        }
    }

    /**
     * Whether the page is compressed here, at zlib's fastest level, rather than by the server (Tomcat, at the default
     * level, with no setting for it): for an uncached page the server's compression was a quarter of the calendar's
     * CPU (issue 18). A page of at least {@link Gzip#COMPRESS_FROM} characters for a request that takes gzip, while the
     * server compresses at all; not a page the page cache is capturing, which keeps it as rendered and compresses its
     * copy once, at the default level. The length is not declared: Tomcat would end the response at its last byte,
     * before the request's filters have finished, and read the connection's next request ahead of the others waiting
     * (issue 18, sixth session).
     */
    private boolean compressedHere(HttpServletRequest request, HttpServletResponse response, int length) {
        String type = response.getContentType();
        return compression && length >= Gzip.COMPRESS_FROM && type != null && type.startsWith("text/html")
                && !response.containsHeader(HttpHeaders.CONTENT_ENCODING) && Gzip.accepted(request)
                && WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class) == null;
    }

    /**
     * The view's answer while its template is processed: everything but its writer is the response's own, so the
     * content type and headers the view sets reach the response as they are set.
     */
    private static final class BufferedPage extends HttpServletResponseWrapper {

        private final PageWriter buffer;
        private final PrintWriter writer;

        BufferedPage(HttpServletResponse response, int capacity) {
            super(response);
            this.buffer = new PageWriter(capacity);
            this.writer = new PrintWriter(buffer, false) {
                // Straight to the buffer, without PrintWriter's lock on each of the page's writes.
                @Override
                public void write(int c) {
                    buffer.write(c);
                }

                @Override
                public void write(char[] source, int offset, int count) {
                    buffer.write(source, offset, count);
                }

                @Override
                public void write(String source, int offset, int count) {
                    buffer.write(source, offset, count);
                }

                @Override
                public void write(String source) {
                    buffer.write(source, 0, source.length());
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }
    }

    /** A character buffer written by one thread: no locking, and it grows by half when full. */
    private static final class PageWriter extends Writer {

        private char[] chars;
        private int length;

        PageWriter(int capacity) {
            this.chars = new char[capacity];
        }

        private void ensure(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(length + more, chars.length + (chars.length >> 1)));
            }
        }

        @Override
        public void write(int c) {
            ensure(1);
            chars[length++] = (char) c;
        }

        @Override
        public void write(char[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, chars, length, count);
            length += count;
        }

        @Override
        public void write(String source, int offset, int count) {
            ensure(count);
            source.getChars(offset, offset + count, chars, length);
            length += count;
        }

        CharBuffer chars() {
            return CharBuffer.wrap(chars, 0, length);
        }

        void writeTo(PrintWriter out) {
            out.write(chars, 0, length);
            out.flush();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static final class OwnAttributes extends HttpServletRequestWrapper {

        /** Stands for an attribute the template removed, which must no longer be read from the request. */
        private static final Object REMOVED = new Object();

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = attributes.get(name);
            if (value == null) {
                return super.getAttribute(name);
            }
            return value == REMOVED ? null : value;
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value == null ? REMOVED : value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, REMOVED);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            attributes.forEach((name, value) -> {
                if (value == REMOVED) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }
    }
}
