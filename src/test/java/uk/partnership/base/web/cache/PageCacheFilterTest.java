package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import uk.partnership.support.Eventually;
import uk.partnership.support.Gunzip;

/**
 * When many visitors miss the same page at the same moment (it has just expired, or content has changed), it
 * is rendered once and every one of them gets that rendering: otherwise 64 requests for the 2 MB feed render it
 * 64 times at once and fill the heap. A visitor who arrives after a change never gets a page begun before it.
 * Large bodies are handed to the server to send from a file where it can (Tomcat's sendfile).
 */
class PageCacheFilterTest {

    private final PageCache cache = new PageCache(
            new PageCacheProperties(true, Duration.ofSeconds(60), DataSize.ofMegabytes(8), DataSize.ofMegabytes(4),
                    DataSize.ofKilobytes(48)),
            List.of(), Clock.systemUTC());
    private final PageCacheFilter filter;
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

    private final PageFiles files;

    PageCacheFilterTest(@TempDir Path directory) throws IOException {
        files = new PageFiles(directory, DataSize.ofKilobytes(48).toBytes(), Duration.ofMinutes(2));
        filter = new PageCacheFilter(cache, files, () -> new PageParameters(List.of()));
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

    @Test
    void aLargeBodyIsHandedToTheServerAsAFileWhereItCanSendFiles() throws Exception {
        byte[] feed = largeFeed();
        FilterChain largeFeed = (request, response) -> {
            response.setContentType("text/calendar;charset=UTF-8");
            response.getOutputStream().write(feed);
        };

        for (int visit = 1; visit <= 2; visit++) {   // the rendering, then the cache
            var request = sendfileRequest("gzip");
            var response = new MockHttpServletResponse();
            filter.doFilter(request, response, largeFeed);

            assertThat(response.getContentAsByteArray()).as("nothing written by the application").isEmpty();
            assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
            Path file = Path.of((String) request.getAttribute(CachedPage.SENDFILE_FILENAME));
            assertThat(file.getParent()).isEqualTo(files.directory());
            assertThat(Gunzip.bytes(Files.readAllBytes(file))).isEqualTo(feed);
            assertThat(request.getAttribute(CachedPage.SENDFILE_START)).isEqualTo(0L);
            assertThat(request.getAttribute(CachedPage.SENDFILE_END)).isEqualTo(Files.size(file));
            assertThat((long) response.getContentLength()).isEqualTo(Files.size(file));
        }

        var plain = sendfileRequest(null);
        filter.doFilter(plain, new MockHttpServletResponse(), largeFeed);
        assertThat(Files.readAllBytes(Path.of((String) plain.getAttribute(CachedPage.SENDFILE_FILENAME)))).isEqualTo(feed);
    }

    @Test
    void whereTheServerCannotSendFilesOrTheBodyIsSmallTheBodyIsWritten() throws Exception {
        byte[] feed = largeFeed();
        FilterChain largeFeed = (request, response) -> {
            response.setContentType("text/calendar;charset=UTF-8");
            response.getOutputStream().write(feed);
        };
        var request = new MockHttpServletRequest("GET", "/events/feed.ics");
        request.addHeader("Accept-Encoding", "gzip");
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, largeFeed);
        assertThat(request.getAttribute(CachedPage.SENDFILE_FILENAME)).isNull();
        assertThat(Gunzip.bytes(response.getContentAsByteArray())).isEqualTo(feed);

        var small = sendfileRequest("gzip");
        small.setRequestURI("/events");
        var smallResponse = new MockHttpServletResponse();
        filter.doFilter(small, smallResponse, (smallRequest, page) -> {
            page.setContentType("text/html;charset=UTF-8");
            page.getOutputStream().write("<p>A small page</p>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(small.getAttribute(CachedPage.SENDFILE_FILENAME)).isNull();
        assertThat(smallResponse.getContentAsString()).isEqualTo("<p>A small page</p>");
    }

    /** About 200 KB of calendar text that compresses to more than 48 KB, as the 10,000-event feed does. */
    private static byte[] largeFeed() {
        var random = new java.util.Random(9);
        var text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append("SUMMARY:Event ").append(Long.toString(random.nextLong(), 36)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequest sendfileRequest(@Nullable String acceptEncoding) {
        var request = new MockHttpServletRequest("GET", "/events/feed.ics");
        request.setAttribute(CachedPage.SENDFILE_SUPPORTED, Boolean.TRUE);
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        return request;
    }

    /** Waits until the thread blocks waiting for another rendering (it would have rendered its own by now). */
    private static void awaitWaiting(Thread visitor) throws Exception {
        assertThat(Eventually.holds(Duration.ofSeconds(10), () -> visitor.getState() == Thread.State.TIMED_WAITING))
                .as("the second visitor waits for the first one's rendering").isTrue();
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
