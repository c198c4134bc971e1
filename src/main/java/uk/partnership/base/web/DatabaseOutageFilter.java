package uk.partnership.base.web;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a failure caused by the database being out of reach into the site's 503 page, wherever it happens: in a
 * page, or before it in the sessions' filter (a signed-in person's session lives in the database). A site that is
 * only too busy (every database connection in use, or a {@link Bulkhead} full) gets the same page with the "busy"
 * wording and a shorter {@code Retry-After}. It runs before
 * the sessions' filter, and the 503 page is shown without the person's session, with the session store set aside
 * ({@link SessionsAside}: reading or writing a session would fail again), so the page and its layout render with no
 * database at all.
 */
public final class DatabaseOutageFilter extends OncePerRequestFilter {

    /** The request attribute that marks a request answered with the 503 page because the database is away. */
    static final String DATABASE_AWAY = DatabaseOutageFilter.class.getName() + ".AWAY";
    /** The request attribute that marks a request answered 503 only because the site was too busy. */
    public static final String BUSY = DatabaseOutageFilter.class.getName() + ".BUSY";

    private final DatabaseUnavailable databaseUnavailable;
    private final String sessionCookie;

    public DatabaseOutageFilter(DatabaseUnavailable databaseUnavailable, String sessionCookie) {
        this.databaseUnavailable = databaseUnavailable;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (request.getAttribute(DATABASE_AWAY) == null) {
                chain.doFilter(request, response);
                return;
            }
            try {
                SessionsAside.setAsideWhile(() -> chain.doFilter(new WithoutSession(request, sessionCookie), response));
            } catch (ServletException | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ServletException(e);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !databaseUnavailable.explains(failure)) {
                throw failure;
            }
            boolean busy = DatabaseUnavailable.isBusy(failure);
            if (busy) {
                request.setAttribute(BUSY, Boolean.TRUE);
                logger.warn(failure instanceof SiteBusyException ? "Answered 503: " + failure.getMessage()
                        : "Answered 503: every database connection was in use");
            } else {
                logger.warn("Answered 503: the database is out of reach (" + failure.getMessage() + ")");
            }
            request.setAttribute(DATABASE_AWAY, Boolean.TRUE);
            // Nothing the failed page set may stay: its content type (the error page is chosen by the client's
            // Accept header), or a cookie for a session that could not be stored.
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.retryAfter(failure));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** The request as if it carried no session cookie. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        private final String sessionCookie;

        WithoutSession(HttpServletRequest request, String sessionCookie) {
            super(request);
            this.sessionCookie = sessionCookie;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null : Arrays.stream(cookies)
                    .filter(cookie -> !cookie.getName().equals(sessionCookie))
                    .toArray(Cookie[]::new);
        }
    }
}
