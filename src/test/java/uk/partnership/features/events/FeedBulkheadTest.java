package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import uk.partnership.base.web.Bulkhead;
import uk.partnership.support.DemoContent;
import uk.partnership.support.Eventually;
import uk.partnership.support.WebVisitor;

/**
 * Only so many feeds are rendered at once on an instance (issue 18): 64 at once filled the heap and stopped every
 * page. One more is told at once that the site is busy, with the same page and {@code Retry-After} as a full database
 * pool, while every other page is served; a calendar whose copy is current still gets its 304; and the next feed, once
 * a render is done, is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedBulkheadTest {

    private final ConfigurableApplicationContext app;
    private final DataSource dataSource;
    private final Bulkhead feedRenders;
    private final HttpClient calendarApp = HttpClient.newHttpClient();

    @Autowired
    FeedBulkheadTest(ConfigurableApplicationContext app, DataSource dataSource, Bulkhead feedRenders) {
        this.app = app;
        this.dataSource = dataSource;
        this.feedRenders = feedRenders;
    }

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
    }

    @Test
    void aFeedBeyondTheRendersAtOnceIsToldTheSiteIsBusyWhileOtherPagesAreServed() throws Exception {
        WebVisitor visitor = WebVisitor.of(app);
        String etag = visitor.get("/events/feed.ics").headers().firstValue("ETag").orElseThrow();
        assertThat(everyPlaceFree()).as("the first render gave its place back").isTrue();
        HttpResponse<String> busy;
        HttpResponse<String> busyForACalendarApp;
        HttpResponse<String> current;
        HttpResponse<String> otherPage;
        List<Bulkhead.Place> renders = new ArrayList<>();
        try {
            for (int i = 0; i < feedRenders.size(); i++) {
                renders.add(feedRenders.enter());
            }
            busy = visitor.get("/events/feed.ics?school=larkmead-school");
            busyForACalendarApp = calendarApp.send(HttpRequest.newBuilder(visitor.uri("/events/feed.ics"))
                    .header("Accept", "text/calendar").build(), HttpResponse.BodyHandlers.ofString());
            current = calendarApp.send(HttpRequest.newBuilder(visitor.uri("/events/feed.ics"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            otherPage = visitor.get("/events/list");
        } finally {
            renders.forEach(Bulkhead.Place::close);
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("5");
        assertThat(Jsoup.parse(busy.body()).select("h1").text()).isEqualTo("Sorry, the site is busy");
        assertThat(busy.body()).contains("Too many people are using the site at the moment.");
        assertThat(busyForACalendarApp.statusCode()).isEqualTo(503);
        assertThat(busyForACalendarApp.headers().firstValue("Retry-After")).contains("5");
        assertThat(current.statusCode()).as("a conditional request takes no render").isEqualTo(304);
        assertThat(otherPage.statusCode()).isEqualTo(200);

        HttpResponse<String> next = visitor.get("/events/feed.ics?school=larkmead-school");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(everyPlaceFree()).as("the render gave its place back").isTrue();
    }

    /** Whether every place is free soon: the client may have the whole feed a moment before the server leaves it. */
    private boolean everyPlaceFree() throws Exception {
        return Eventually.holds(Duration.ofSeconds(5), () -> feedRenders.available() == feedRenders.size());
    }

    @Test
    void rendersAtOnceAreSetByAPropertyAndAreOnePerProcessorOtherwise() {
        assertThat(bind(Map.of("site.feed.concurrent-renders", "3")).concurrentRenders()).isEqualTo(3);
        assertThat(bind(Map.of()).concurrentRenders()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    private static FeedProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("site.feed", FeedProperties.class);
    }
}
