package uk.partnership.base.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most so many of one expensive kind of work at once on this instance (issue 18). One more is refused at once with
 * {@link SiteBusyException}, answered with the "busy" 503 page, rather than queued: a queue would hold its requests'
 * threads and memory while they wait, and every other page would wait behind them.
 * <pre>
 * try (var place = feedRenders.enter()) {
 *     ... render and write ...
 * }
 * </pre>
 * The place is given back when it is closed, however the work ends: an exception, or a client that went away while
 * the answer was being written to it.
 */
public final class Bulkhead {

    private final String work;
    private final int size;
    private final Semaphore places;

    /**
     * @param work what is bounded, in the plural, for the log ("feed renders")
     * @param size how many may be under way at once
     */
    public Bulkhead(String work, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A bulkhead for " + work + " needs room for at least one");
        }
        this.work = work;
        this.size = size;
        this.places = new Semaphore(size);
    }

    /** A place for one more, or {@link SiteBusyException} at once when every place is taken. */
    public Place enter() {
        if (!places.tryAcquire()) {
            throw new SiteBusyException("The site was too busy: " + size + " " + work + " were under way already");
        }
        return new Place();
    }

    /** How many places are free now. */
    public int available() {
        return places.availablePermits();
    }

    /** How many may be under way at once. */
    public int size() {
        return size;
    }

    /** A place taken in the bulkhead; closing it again does nothing. */
    public final class Place implements AutoCloseable {

        private final AtomicBoolean left = new AtomicBoolean();

        private Place() {
        }

        @Override
        public void close() {
            if (left.compareAndSet(false, true)) {
                places.release();
            }
        }
    }
}
