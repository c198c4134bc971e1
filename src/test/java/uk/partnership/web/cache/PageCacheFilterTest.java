package uk.partnership.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * When many visitors miss the same page at the same moment (it has just expired, or content has changed), it
 * is rendered once and every one of them gets that rendering: otherwise 64 requests for the 2 MB feed render it
 * 64 times at once and fill the heap. A visitor who arrives after a change never gets a page begun before it.
 */
class PageCacheFilterTest {

    private final PageCache cache = new PageCache(
            new PageCacheProperties(true, Duration.ofSeconds(60), DataSize.ofMegabytes(8), DataSize.ofMegabytes(4)),
            List.of(), Clock.systemUTC());
    private final PageCacheFilter filter = new PageCacheFilter(cache);
    private final AtomicInteger renderings = new AtomicInteger();
    private final CountDownLatch renderingStarted = new CountDownLatch(1);
    private final CountDownLatch finishRendering = new CountDownLatch(1);

    /** The application: renders "feed N" for the Nth rendering, and holds the first one until told to finish. */
    private final FilterChain application = (request, response) -> {
        int number = renderings.incrementAndGet();
        if (number == 1) {
            renderingStarted.countDown();
            await(finishRendering);
        }
        response.setContentType("text/calendar;charset=UTF-8");
        response.getOutputStream().write(("feed " + number).getBytes(StandardCharsets.UTF_8));
    };

    PageCacheFilterTest() {
        cache.listening(true);
    }

    @Test
    void visitorsWhoMissAPageWhileItIsBeingRenderedWaitForThatRendering() throws Exception {
        try (var visitors = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<MockHttpServletResponse> first = visitors.submit(() -> visit("/events/feed.ics"));
            assertThat(renderingStarted.await(10, TimeUnit.SECONDS)).isTrue();
            var second = new java.util.concurrent.FutureTask<>(() -> visit("/events/feed.ics"));
            Thread secondVisitor = Thread.ofPlatform().start(second);
            awaitWaiting(secondVisitor);
            assertThat(renderings).hasValue(1);

            finishRendering.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("feed 1");
            assertThat(second.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("feed 1");
            assertThat(second.get().getStatus()).isEqualTo(200);
            assertThat(renderings).hasValue(1);
        }
    }

    @Test
    void aVisitorWhoArrivesAfterAChangeDoesNotWaitForAPageBegunBeforeIt() throws Exception {
        try (var visitors = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<MockHttpServletResponse> first = visitors.submit(() -> visit("/events/feed.ics"));
            assertThat(renderingStarted.await(10, TimeUnit.SECONDS)).isTrue();

            cache.invalidate();
            MockHttpServletResponse afterChange = visit("/events/feed.ics");
            finishRendering.countDown();

            assertThat(afterChange.getContentAsString()).isEqualTo("feed 2");
            assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("feed 1");
            assertThat(visit("/events/feed.ics").getContentAsString()).isEqualTo("feed 2");
        }
    }

    /** Waits until the thread blocks waiting for another rendering (it would have rendered its own by now). */
    private static void awaitWaiting(Thread visitor) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (visitor.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(visitor.getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    private MockHttpServletResponse visit(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, application);
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
