package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.FoldingWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import uk.partnership.base.web.Bulkhead;
import uk.partnership.support.DemoContent;

/**
 * The subscription feed is written to the response event by event (issue 18): its first bytes are sent before its last
 * event is rendered, never produced whole and then sent, so a large feed takes no more memory than a small one. What
 * is written is exactly the calendar ical4j writes whole, its Content-Length is right, and a feed whose writing fails
 * gives its place among the renders back. Clock: Tue 20 Oct 2026.
 */
@CalendarTest
class FeedStreamingTest {

    private final WebApplicationContext context;
    private final MockMvc mvc;
    private final EventFixtures fixtures;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Bulkhead feedRenders;
    private final AtomicInteger renderedEvents = new AtomicInteger();
    private final Writes writes = new Writes(renderedEvents::get);

    @MockitoSpyBean
    EventCalendarWriter writer;

    @Autowired
    FeedStreamingTest(WebApplicationContext context, MockMvc mvc, EventFixtures fixtures, DataSource dataSource,
                      JdbcClient jdbc, Bulkhead feedRenders) {
        this.context = context;
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.feedRenders = feedRenders;
    }

    @BeforeEach
    void countRenderedEvents() {
        doAnswer(call -> {
            renderedEvents.incrementAndGet();
            return call.callRealMethod();
        }).when(writer).feedEvent(any(), any());
    }

    @BeforeEach
    void threeHundredEventsWithLongAccentedText() {
        DemoContent.load(dataSource);
        long category = fixtures.category("fixture-talks").getId();
        jdbc.sql("""
                insert into event (uid, title, slug, summary, description, all_day, starts_at, ends_at,
                                   venue_name, venue_address, category_id, status, sequence, created_at, updated_at,
                                   updated_by)
                select gen_random_uuid(), 'Évènement ' || n || ', à l’école – £5; “bienvenue”', 'stream-' || n,
                       'Résumé, with; commas', repeat('Long text – é ' || n || E'\\n', 12), false,
                       timestamptz '2026-10-20 12:00+00' + n * interval '3 hours',
                       timestamptz '2026-10-20 13:00+00' + n * interval '3 hours',
                       'Salle Fauré', 'Rue de l’Église', :category, 'PUBLISHED', 0, now(), now(), 'stream'
                from generate_series(1, 300) n""").param("category", category).update();
    }

    @Test
    void feedReachesTheResponseWhileItsEventsAreBeingRenderedNeverWhole() throws Exception {
        byte[] body = streaming().perform(get("/events/feed.ics").param("category", "fixture-talks"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body.length).as("the feed's size").isGreaterThan(200_000);
        assertThat(writes.renderedAtEachWrite.getFirst()).as("events rendered when its first bytes were written")
                .isLessThan(writes.renderedAtEachWrite.getLast());
        assertThat(writes.sizes).as("no write holds more than a tenth of the feed")
                .allSatisfy(size -> assertThat(size).isLessThan(body.length / 10));
    }

    @Test
    void streamedFeedIsExactlyTheCalendarIcal4jWritesWholeWithItsLength() throws Exception {
        var response = mvc.perform(get("/events/feed.ics").param("category", "fixture-talks"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String feed = response.getContentAsString(StandardCharsets.UTF_8);

        StringWriter whole = new StringWriter();
        // Folded at 73 characters as the feed is: the fold length CalendarOutputter picks by itself follows the
        // Outlook compatibility hint that the import of school calendars turns on (ADR 0030).
        new CalendarOutputter(false, FoldingWriter.REDUCED_FOLD_LENGTH)
                .output(new CalendarBuilder().build(new StringReader(feed)), whole);

        assertThat(feed).contains("BEGIN:VEVENT").isEqualTo(EventCalendarWriter.foldLongLines(whole.toString()));
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @Test
    void feedWhoseWritingFailsMidwayGivesItsPlaceBack() {
        writes.failAfter = 50_000;   // the client went away

        // Spring may take the failure for the client's disconnection and log it rather than throw it on.
        catchThrowable(() -> streaming().perform(get("/events/feed.ics")));

        assertThat(writes.failed).as("a write failed midway").isTrue();
        assertThat(writes.sizes).as("writes before it").isNotEmpty();
        assertThat(feedRenders.available()).isEqualTo(feedRenders.size());
    }

    /** The application's MVC (without the site's filters), with the response wrapped to see each write made to it. */
    private MockMvc streaming() {
        return MockMvcBuilders.webAppContextSetup(context).addFilters(writes).build();
    }

    /**
     * Records the size of every write to the response's body, and how many events had been rendered by then; fails the
     * write that would go past a limit.
     */
    private static final class Writes implements Filter {

        final IntSupplier renderedEvents;
        final List<Integer> sizes = new CopyOnWriteArrayList<>();
        final List<Integer> renderedAtEachWrite = new CopyOnWriteArrayList<>();
        long failAfter = Long.MAX_VALUE;
        volatile boolean failed;

        Writes(IntSupplier renderedEvents) {
            this.renderedEvents = renderedEvents;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
                @Override
                public ServletOutputStream getOutputStream() throws IOException {
                    return new Recording(super.getOutputStream());
                }
            });
        }

        private final class Recording extends ServletOutputStream {

            private final ServletOutputStream out;
            private long written;

            Recording(ServletOutputStream out) {
                this.out = out;
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (written + length > failAfter) {
                    failed = true;
                    throw new IOException("Broken pipe");
                }
                sizes.add(length);
                renderedAtEachWrite.add(renderedEvents.getAsInt());
                written += length;
                out.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        }
    }
}
