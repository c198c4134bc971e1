package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import uk.partnership.support.PageCaching;

/**
 * The tests' helper for checks that need one cache generation ({@link PageCaching#inOneGeneration}): a failed check is
 * tried again only when content changed while it ran, and not for ever.
 */
class PageCachingTest {

    private final PageCache cache = new PageCache(
            new PageCacheProperties(true, Duration.ofSeconds(60), DataSize.ofMegabytes(8), DataSize.ofMegabytes(4),
                    DataSize.ofKilobytes(48)), List.of(), Clock.systemUTC());

    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void listening() {
        cache.listening(true);
    }

    @Test
    void aCheckThatFailsWithNoChangeInBetweenFailsAtOnce() {
        assertThatThrownBy(() -> PageCaching.inOneGeneration(cache, () -> {
            attempts.incrementAndGet();
            throw new AssertionError("a check failed");
        })).isInstanceOf(AssertionError.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void aCheckThatFailedWhileContentChangedIsRunAgain() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            if (attempts.incrementAndGet() == 1) {
                cache.invalidate();   // a change heard of from elsewhere, in the middle of the visits
                throw new AssertionError("a check failed");
            }
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void aCheckThatKeepsFailingWhileContentKeepsChangingFailsAfterFiveTries() {
        assertThatThrownBy(() -> PageCaching.inOneGeneration(cache, () -> {
            attempts.incrementAndGet();
            cache.invalidate();
            throw new AssertionError("a check failed");
        })).isInstanceOf(AssertionError.class);

        assertThat(attempts).hasValue(5);
    }
}
