package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;
import uk.partnership.support.Gunzip;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;

/**
 * The cache of rendered public responses: a second anonymous visit is answered from memory with exactly the
 * first answer and no SQL; people who sign in, cross-origin callers and errors always reach the application;
 * and a change written to the database by anyone, even outside the application, is served from the next
 * request on.
 */
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class PageCacheTest {

    private final MockMvc mvc;

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final PageCache cache;

    @Autowired
    PageCacheTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc, PageCache cache) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cache = cache;
    }

    String eventSlug;

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
        PageCaching.awaitQuiet(cache);
        eventSlug = jdbc.sql("select slug from event where status = 'PUBLISHED' and ends_at > now() order by starts_at limit 1")
                .query(String.class).single();
    }

    @Test
    void aSecondVisitIsAnsweredFromMemoryWithTheSameStatusHeadersAndBodyAndNoSql() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            for (String page : List.of("/", "/events", "/events/list", "/events/" + eventSlug,
                    "/events/" + eventSlug + ".ics", "/events/feed.ics", "/events/feed.ics?school=larkmead-school",
                    "/schools/larkmead-school", "/news", "/news/feed.atom", "/sitemap.xml", "/about")) {
                StatementCounter.reset();
                MockHttpServletResponse first = visit(get(page));
                long firstStatements = StatementCounter.statements();

                StatementCounter.reset();
                MockHttpServletResponse second = visit(get(page));

                assertThat(first.getStatus()).as(page).isEqualTo(200);
                assertThat(firstStatements).as("statements rendering %s", page).isPositive();
                assertThat(StatementCounter.statements()).as("statements answering %s again", page).isZero();
                assertThat(second.getStatus()).as(page).isEqualTo(200);
                assertThat(second.getContentAsByteArray()).as(page).isEqualTo(first.getContentAsByteArray());
                assertThat(second.getContentType()).as(page).isEqualTo(first.getContentType());
                assertThat(headers(second)).as(page).isEqualTo(headers(first));
            }
        });
    }

    /**
     * A hit is answered before the security filters run (the cache's filter comes first, issue 18): the security headers
     * are those stored with the page, and every one of them is there.
     */
    @Test
    void aPageAnsweredFromTheCacheCarriesTheSecurityHeaders() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            visit(get("/events/list"));
            StatementCounter.reset();

            MockHttpServletResponse hit = visit(get("/events/list"));

            assertThat(StatementCounter.statements()).as("answered from the cache").isZero();
            assertThat(hit.getHeader("Content-Security-Policy"))
                    .contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(hit.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(hit.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(hit.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(hit.getHeader("Permissions-Policy")).contains("camera=()");
        });
    }

    @Test
    void aVisitorWhoseCopyIsCurrentGetsNotModifiedFromTheCache() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            String etag = visit(get("/events/list")).getHeader("ETag");
            assertThat(etag).isNotBlank();

            StatementCounter.reset();
            MockHttpServletResponse again = visit(get("/events/list").header("If-None-Match", etag));

            assertThat(again.getStatus()).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).isEmpty();
            assertThat(StatementCounter.statements()).isZero();
        });
    }

    @Test
    void visitorsWhoAcceptGzipGetTheSameBodyCompressedOnceWithItsOwnValidator() throws Exception {
        byte[] plain = visit(get("/events/feed.ics")).getContentAsByteArray();

        MockHttpServletResponse compressed = visit(get("/events/feed.ics").header("Accept-Encoding", "gzip, deflate, br"));

        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.getHeaders("Vary")).contains("Accept-Encoding");
        assertThat(compressed.getContentAsByteArray().length).isLessThan(plain.length / 3);
        assertThat(Gunzip.bytes(compressed.getContentAsByteArray())).isEqualTo(plain);
        String etag = compressed.getHeader("ETag");
        assertThat(etag).isNotEqualTo(visit(get("/events/feed.ics")).getHeader("ETag"));
        assertThat(visit(get("/events/feed.ics").header("Accept-Encoding", "gzip").header("If-None-Match", etag))
                .getStatus()).isEqualTo(304);
        assertThat(visit(get("/events/feed.ics").header("Accept-Encoding", "gzip;q=0")).getHeader("Content-Encoding"))
                .isNull();
    }

    /** The view compresses what it renders (issue 18), but not a page the cache captures: the cache keeps it whole. */
    @Test
    void aPageFirstRenderedForAVisitorWhoAcceptsGzipIsKeptAsRenderedAndServedToEveryone() throws Exception {
        MockHttpServletResponse first = visit(get("/events/list").header("Accept-Encoding", "gzip"));

        MockHttpServletResponse plain = visit(get("/events/list"));
        MockHttpServletResponse compressed = visit(get("/events/list").header("Accept-Encoding", "gzip"));

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getContentAsString()).contains("<h1>Upcoming events</h1>", "</html>");
        for (MockHttpServletResponse answer : List.of(first, compressed)) {
            assertThat(answer.getHeader("Content-Encoding")).isEqualTo("gzip");
            assertThat(Gunzip.bytes(answer.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
        }
    }

    @Test
    void requestsWithACookieCredentialsOrAnOriginAndErrorsAlwaysReachTheApplication() throws Exception {
        visit(get("/events/list"));
        for (MockHttpServletRequestBuilder request : List.of(
                get("/events/list").header("Cookie", "SESSION=abc"),
                get("/events/list").header("Origin", "https://www.larkmead.oxon.sch.uk"),
                get("/events/list").header("Authorization", "Basic eDp5"),
                get("/events/no-such-event"))) {
            visit(request);
            StatementCounter.reset();
            visit(request);
            assertThat(StatementCounter.statements()).isPositive();
        }
        assertThat(visit(get("/events/no-such-event")).getStatus()).isEqualTo(404);
    }

    @Test
    void aChangeWrittenStraightToTheDatabaseIsServedAsSoonAsItIsNotified() throws Exception {
        assertThat(visit(get("/schools/larkmead-school")).getContentAsString()).doesNotContain("Larkmead Academy");
        visit(get("/schools/larkmead-school"));

        // Not through the application: the trigger's notification alone must empty the cache.
        jdbc.sql("update school set name = 'Larkmead Academy' where slug = 'larkmead-school'").update();
        try {
            assertThat(awaitPageContaining("/schools/larkmead-school", "Larkmead Academy")).isTrue();
        } finally {
            jdbc.sql("update school set name = 'Larkmead School' where slug = 'larkmead-school'").update();
        }
    }

    @Test
    void whileNotListeningKeptPagesAreServedNothingNewIsKeptAndAllIsForgottenOnceListeningAgain() throws Exception {
        visit(get("/events/list"));
        cache.listening(false);   // the listening connection is lost: usually the database is away (issue 15)
        try {
            StatementCounter.reset();
            visit(get("/events/list"));
            assertThat(StatementCounter.statements()).as("a kept page is still served").isZero();

            visit(get("/events/list?page=2"));
            StatementCounter.reset();
            visit(get("/events/list?page=2"));
            assertThat(StatementCounter.statements()).as("nothing new is kept").isPositive();
        } finally {
            cache.listening(true);
        }
        StatementCounter.reset();
        visit(get("/events/list"));
        assertThat(StatementCounter.statements()).as("changes may have been missed: everything is forgotten").isPositive();
    }

    private boolean awaitPageContaining(String page, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            if (visit(get(page)).getContentAsString().contains(text)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private MockHttpServletResponse visit(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The response's headers but Date, by lower-case name: what must be the same in two answers of one page. */
    static Map<String, List<String>> headers(MockHttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Date")) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), response.getHeaders(name));
            }
        }
        return headers;
    }
}
