package uk.partnership.support;

import java.time.Duration;

/** Waits for a condition, with a bound: for tests of what happens in the background (a listener, a worker). */
public final class Eventually {

    private static final Duration EVERY = Duration.ofMillis(50);

    /** A condition that may ask the application. */
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    /** Whether {@code condition} holds within {@code limit}, checked every 50 ms. */
    public static boolean holds(Duration limit, Condition condition) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(EVERY);
        }
        return true;
    }
}
