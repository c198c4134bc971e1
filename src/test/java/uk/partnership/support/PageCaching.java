package uk.partnership.support;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.function.Executable;

import uk.partnership.base.web.cache.PageCache;

/** For tests that run with the cache of rendered public pages on ({@code site.page-cache.enabled=true}). */
public final class PageCaching {

    private PageCaching() {
    }

    /**
     * Waits until the instance listens for content changes (and so, if it is enabled, the cache serves pages): it starts listening for content changes in the background at start-up,
     * and until then every request reaches the application (so a test would prove nothing about the cache).
     */
    public static void awaitListening(PageCache cache) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!cache.isListening()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the page cache did not start listening for content changes");
            }
            pause();
        }
    }

    /**
     * Waits until no content change has been heard of for a moment: the notifications of changes a test made
     * straight to the database (such as loading the demo content, one transaction per statement) arrive
     * asynchronously, and would otherwise empty the cache in the middle of the test.
     */
    public static void awaitQuiet(PageCache cache) {
        awaitListening(cache);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        long seen = cache.generation();
        Instant quietSince = Instant.now();
        while (Duration.between(quietSince, Instant.now()).toMillis() < 300) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("content kept changing for 10 seconds");
            }
            pause();
            if (cache.generation() != seen) {
                seen = cache.generation();
                quietSince = Instant.now();
            }
        }
    }

    /**
     * Runs a test's visits and checks again, up to five times in all, when a check failed and content changed while
     * they ran. The other test contexts this JVM keeps, and the instances some tests start, use the same database, and
     * any write to its content empties every cache, as it must, even between a test's two visits of a page (a second
     * visit of {@code /news} once ran its 8 statements so). A check that fails with no change in between fails at once.
     * The block must not depend on what an earlier attempt left in the cache: it is emptied before each new attempt.
     */
    public static void inOneGeneration(PageCache cache, Executable visitsAndChecks) throws Throwable {
        for (int attempt = 1; ; attempt++) {
            long generation = cache.generation();
            try {
                visitsAndChecks.execute();
                return;
            } catch (AssertionError failure) {
                if (cache.generation() == generation || attempt == 5) {
                    throw failure;
                }
                awaitQuiet(cache);
                cache.invalidate();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
