package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;
import uk.partnership.support.PageCaching;
import uk.partnership.support.StatementCounter;

/**
 * Issue 18: the page cache keeps the public pages by their canonical address, so a parameter nobody reads
 * ({@code /events/feed.ics?x=} and anything new), a blank one, another order or a filter asked for twice is answered
 * from the page already kept, without SQL, and shows nothing of what it left out; the parameters a page reads
 * still make pages of their own, and a bad value of one still gets its 400, never kept.
 */
@SpringBootTest(properties = "site.page-cache.enabled=true")
@AutoConfigureMockMvc
class PageCacheKeyTest {

    private final MockMvc mvc;

    private final DataSource dataSource;

    private final PageCache cache;

    @Autowired
    PageCacheKeyTest(MockMvc mvc, DataSource dataSource, PageCache cache) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.cache = cache;
    }

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
        PageCaching.awaitQuiet(cache);
        cache.invalidate();
    }

    @Test
    void theFeedAskedForWithEverNewUnknownParametersIsRenderedOnce() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            MockHttpServletResponse first = visit("/events/feed.ics?x=" + UUID.randomUUID());
            assertThat(first.getStatus()).isEqualTo(200);

            for (int request = 0; request < 20; request++) {
                StatementCounter.reset();
                MockHttpServletResponse again =
                        visit("/events/feed.ics?x=" + UUID.randomUUID() + "&utm_source=" + request);

                assertThat(StatementCounter.statements()).as("statements answering request %s", request).isZero();
                assertThat(again.getStatus()).isEqualTo(200);
                assertThat(again.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
            }
            assertThat(visit("/events/feed.ics").getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
            assertThat(cache.size()).isEqualTo(1);
        });
    }

    @Test
    void requestsThatDifferOnlyInOrderBlankOrUnknownParametersOrRepeatedFiltersShareOnePage() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            String filtered = "/events/list?school=larkmead-school&audience=parents&category=sport";
            StatementCounter.reset();
            MockHttpServletResponse first = visit(filtered);
            assertThat(StatementCounter.statements()).as("statements rendering the page").isPositive();

            for (String address : List.of(
                    "/events/list?category=sport&audience=parents&school=larkmead-school",
                    "/events/list?x=" + UUID.randomUUID() + "&school=larkmead-school&audience=parents&category=sport",
                    "/events/list?school=larkmead-school&page=&from=&audience=parents&month=&category=sport&category=",
                    "/events/list?school=larkmead-school&school=larkmead-school&audience=parents&category=sport",
                    "/events/list?school=larkmead-school,%20larkmead-school&audience=%20parents&category=sport")) {
                StatementCounter.reset();
                MockHttpServletResponse again = visit(address);

                assertThat(StatementCounter.statements()).as("statements answering %s", address).isZero();
                assertThat(again.getStatus()).as(address).isEqualTo(200);
                assertThat(again.getContentAsString()).as(address).isEqualTo(first.getContentAsString());
                assertThat(PageCacheTest.headers(again)).as(address).isEqualTo(PageCacheTest.headers(first));
            }
            assertThat(cache.size()).isEqualTo(1);
        });
    }

    @Test
    void anUnknownParameterAppearsNowhereInThePageServedToOthers() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            MockHttpServletResponse tracked = visit("/events/list?tracker=zq-secret-91&school=larkmead-school");
            StatementCounter.reset();
            MockHttpServletResponse plain = visit("/events/list?school=larkmead-school");

            assertThat(StatementCounter.statements()).as("served the page rendered for the tracked request").isZero();
            assertThat(plain.getContentAsString()).isEqualTo(tracked.getContentAsString())
                    .contains("larkmead-school").doesNotContain("zq-secret-91").doesNotContain("tracker");
            assertThat(String.join(" ", PageCacheTest.headers(plain).values().stream().flatMap(List::stream).toList()))
                    .doesNotContain("zq-secret-91");
        });
    }

    @Test
    void theParametersAPageReadsStillMakePagesOfTheirOwn() throws Throwable {
        PageCaching.inOneGeneration(cache, () -> {
            for (String page : List.of("/events?month=2031-01", "/events/list?page=2", "/events/list?from=2031-01-01",
                    "/events/past?page=2", "/news?page=2", "/embed/events?limit=1", "/events.json?limit=1",
                    "/events/feed.ics?school=larkmead-school", "/events/feed.ics?category=sport",
                    "/events/feed.ics?audience=parents")) {
                String path = page.substring(0, page.indexOf('?'));
                MockHttpServletResponse plain = visit(path);

                StatementCounter.reset();
                MockHttpServletResponse asked = visit(page);
                assertThat(StatementCounter.statements()).as("statements rendering %s", page).isPositive();
                StatementCounter.reset();
                visit(page);
                assertThat(StatementCounter.statements()).as("statements answering %s again", page).isZero();

                assertThat(asked.getStatus()).as(page).isEqualTo(200);
                assertThat(asked.getContentAsString()).as(page).isNotEqualTo(plain.getContentAsString());
            }
        });
    }

    @Test
    void aBadValueStillGetsItsBadRequestAndIsNotKept() throws Exception {
        for (String page : List.of("/events?month=2031-13&x=1", "/events/feed.ics?school=no-such-school&x=1",
                "/events.json?limit=0&x=1")) {
            for (int visit = 1; visit <= 2; visit++) {
                StatementCounter.reset();
                MockHttpServletResponse response = visit(page);

                assertThat(response.getStatus()).as(page).isEqualTo(400);
                assertThat(StatementCounter.statements()).as("statements answering %s, visit %s", page, visit)
                        .isPositive();
            }
        }
        assertThat(visit("/events?month=2031-13&x=1").getContentAsString()).contains("is not a month");
        assertThat(cache.size()).isZero();
    }

    private MockHttpServletResponse visit(String address) throws Exception {
        return mvc.perform(get(URI.create(address))).andReturn().getResponse();
    }
}
