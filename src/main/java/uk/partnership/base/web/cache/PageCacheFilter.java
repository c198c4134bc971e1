package uk.partnership.base.web.cache;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves anonymous GETs of public pages from {@link PageCache}, and keeps what it renders for the next
 * visitor. It runs before every other filter (sessions, security), so a cached answer costs no more than
 * copying its bytes. Only requests that carry no cookie, no credentials and no Origin are served or kept:
 * a signed-in person's pages, and cross-origin requests whose headers depend on the caller, always go
 * through the application. Only 200 responses without a cookie are kept. Requests that miss the same page at the
 * same moment wait for one rendering of it rather than each rendering their own (a 2 MB feed rendered by 64
 * requests at once would fill the heap).
 * <p>
 * Pages are kept by their canonical address, not the address as sent ({@link PageParameters}), and rendered for the
 * canonical request ({@link CanonicalRequest}), so that adding {@code ?x=} and anything new to an address is not a new
 * page to render (issue 18).
 */
class PageCacheFilter extends OncePerRequestFilter {

    /** The public pages and feeds whose responses depend only on their address and the content. */
    static final List<String> CACHED_PAGES = List.of(
            "/", "/about", "/contact", "/accessibility", "/privacy", "/term-dates", "/term-dates.ics",
            "/schools", "/schools/*",
            "/events", "/events/**", "/events.json",
            "/news", "/news/**", "/search",
            "/programmes", "/programmes/*", "/programmes/*/feed.ics",
            "/embed/**",
            "/robots.txt", "/sitemap.xml");

    /** Headers written afresh on each answer rather than stored. */
    private static final Set<String> NOT_STORED = Set.of("content-type", "content-length", "date", "etag",
            "last-modified", "transfer-encoding", "connection", "keep-alive");

    static final List<PathPattern> PATTERNS = CACHED_PAGES.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    /** How long a request waits for the same page that another request is rendering before it renders its own. */
    private static final Duration WAIT_FOR_RENDERING = Duration.ofSeconds(10);

    private final PageCache cache;
    private final PageFiles files;
    private final Supplier<PageParameters> parameters;

    /** @param parameters the parameters each cached page reads, once they are known ({@link HandlerParameters}) */
    PageCacheFilter(PageCache cache, PageFiles files, Supplier<PageParameters> parameters) {
        this.cache = cache;
        this.files = files;
        this.parameters = parameters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        // Rendered for its canonical address whether it is kept or not, so that a page answers the same either way.
        CanonicalRequest canonical = parameters.get().canonical(request);
        if (!cache.isServing()) {
            chain.doFilter(canonical, response);
            return;
        }
        String address = canonical.address();
        CachedPage page = cache.find(address);
        if (page != null) {
            page.writeTo(request, response);
            return;
        }
        if (!cache.isActive()) {
            chain.doFilter(canonical, response);   // not listening: nothing new is kept
            return;
        }
        long generation = cache.generation();
        var rendering = new PageCache.Rendering(address, generation);
        CompletableFuture<@Nullable CachedPage> other = cache.claim(rendering);
        if (other != null) {
            CachedPage shared = await(other);
            if (shared != null) {
                shared.writeTo(request, response);
            } else {
                chain.doFilter(canonical, response);
            }
            return;
        }
        CachedPage kept = null;
        try {
            kept = render(canonical, response, chain, address, generation);
        } finally {
            cache.rendered(rendering, kept);
        }
    }

    /** Renders the page, keeps it if it may be kept, and answers; returns the kept page or null. */
    private @Nullable CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                        String address, long generation) throws ServletException, IOException {
        Instant renderedAt = cache.clock().instant();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        if (!isKept(request, rendered)) {
            rendered.copyBodyToResponse();
            return null;
        }
        CachedPage kept = capture(rendered, generation, cache.validUntil(generation, renderedAt));
        cache.keep(address, kept);
        // Nothing has been sent yet (the wrapper holds it all): answer exactly as the cache will from now on.
        response.reset();
        kept.writeTo(request, response);
        return kept;
    }

    /** The page another request is rendering, or null if it is not kept or takes too long. */
    private static @Nullable CachedPage await(CompletableFuture<@Nullable CachedPage> rendering) {
        try {
            return rendering.get(WAIT_FOR_RENDERING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    static boolean isCacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.COOKIE) != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.ORIGIN) != null) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        for (PathPattern pattern : PATTERNS) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKept(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
        return rendered.getStatus() == HttpServletResponse.SC_OK && !request.isAsyncStarted()
                && rendered.getContentType() != null && rendered.getHeader(HttpHeaders.SET_COOKIE) == null
                && rendered.getHeader(HttpHeaders.CONTENT_ENCODING) == null;
    }

    private CachedPage capture(ContentCachingResponseWrapper rendered, long generation, Instant validUntil) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : rendered.getHeaderNames()) {
            if (!NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.putIfAbsent(name, List.copyOf(rendered.getHeaders(name)));
            }
        }
        byte[] body = rendered.getContentAsByteArray();
        String etag = rendered.getHeader(HttpHeaders.ETAG);
        String contentType = rendered.getContentType();
        byte[] gzipped = CachedPage.gzip(contentType, body);
        return new CachedPage(contentType, Collections.unmodifiableMap(headers), body, gzipped,
                CachedPage.OnDisk.write(files, body, gzipped), etag != null ? etag : strongEtag(body),
                lastModified(rendered), generation, validUntil);
    }

    private static long lastModified(HttpServletResponse response) {
        String value = response.getHeader(HttpHeaders.LAST_MODIFIED);
        if (value == null) {
            return -1;
        }
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    private static String strongEtag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
