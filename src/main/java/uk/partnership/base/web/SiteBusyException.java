package uk.partnership.base.web;

/**
 * The site is too busy to do what the request asks just now: more of an expensive kind of work is under way than the
 * instance takes on at once ({@link Bulkhead}). {@link DatabaseOutageFilter} answers it as it answers a pool with every
 * connection in use: the "busy" 503 page with a short {@code Retry-After}, at once rather than after a wait.
 */
public class SiteBusyException extends RuntimeException {

    public SiteBusyException(String message) {
        // No stack trace: it is thrown under load, by design, and says all there is to say in its message.
        super(message, null, false, false);
    }
}
