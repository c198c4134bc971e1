package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPatternParser;

import uk.partnership.base.web.cache.PageParameters.Reading;

/**
 * Issue 18: a page is kept by its canonical address, so requests that differ only in the order of their parameters,
 * in blank or unknown parameters, or in a set's repeated values are rendered once and served the same page; and it is
 * rendered for that address, so a parameter the page does not read reaches neither the page nor anyone it is served
 * to. The application here shows what it was asked, as a link built from the query string would.
 */
class CanonicalAddressTest {

    /** The calendar's month page, as its handler reads it: a month, schools as a set, and tags as a list. */
    private static final PageParameters CALENDAR = new PageParameters(List.of(new PageParameters.Page(
            PathPatternParser.defaultInstance.parse("/events"),
            Map.of("month", Reading.ONE, "school", Reading.SET, "tag", Reading.LIST))));

    private final PageCache cache = new PageCache(
            new PageCacheProperties(true, Duration.ofSeconds(60), DataSize.ofMegabytes(8), DataSize.ofMegabytes(4),
                    DataSize.ofKilobytes(48)),
            List.of(), Clock.systemUTC());
    private final PageCacheFilter filter;
    private final AtomicInteger renderings = new AtomicInteger();

    /** Shows the query string and the parameters it was given; a month it cannot read is a 400, as on the site. */
    private final FilterChain application = (request, response) -> {
        int number = renderings.incrementAndGet();
        var page = (HttpServletResponse) response;
        page.setContentType("text/html;charset=UTF-8");
        if ("never".equals(request.getParameter("month"))) {
            page.setStatus(400);
            page.getWriter().write("There is no month called never");
            return;
        }
        String parameters = request.getParameterMap().entrySet().stream()
                .map(parameter -> parameter.getKey() + "=" + String.join("|", parameter.getValue()))
                .collect(Collectors.joining(" "));
        page.getWriter().write("<p>Rendering " + number + "</p><a href=\"/events?"
                + ((HttpServletRequest) request).getQueryString() + "\">This page</a><p>" + parameters + "</p>"
                + "<p>" + String.join(" ", Collections.list(request.getParameterNames())) + "</p>");
    };

    CanonicalAddressTest(@TempDir Path directory) {
        filter = new PageCacheFilter(cache, new PageFiles(directory, DataSize.ofKilobytes(48).toBytes(),
                Duration.ofMinutes(2)), () -> CALENDAR);
        cache.listening(true);
    }

    @Test
    void requestsThatDifferOnlyInOrderBlankOrUnknownParametersAreRenderedOnceAndServedOnePage() throws Exception {
        MockHttpServletResponse first = visit("/events?month=2031-01&school=radley-college&school=abingdon-school");

        for (String address : List.of(
                "/events?school=abingdon-school&school=radley-college&month=2031-01",
                "/events?school=radley-college&month=2031-01&school=abingdon-school&x=1",
                "/events?x=" + UUID.randomUUID() + "&month=2031-01&school=abingdon-school&school=radley-college&utm",
                "/events?month=2031-01&school=abingdon-school&school=radley-college&school=abingdon-school&tag=&x=",
                "/events?month=%202031-01%20&school=radley-college,%20abingdon-school&school=")) {
            MockHttpServletResponse again = visit(address);

            assertThat(again.getStatus()).as(address).isEqualTo(200);
            assertThat(again.getContentAsString()).as(address).isEqualTo(first.getContentAsString());
            assertThat(again.getHeader("ETag")).as(address).isEqualTo(first.getHeader("ETag"));
        }
        assertThat(renderings).hasValue(1);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void thePageIsRenderedForItsCanonicalAddressSoAnUnknownParameterReachesNoOne() throws Exception {
        MockHttpServletResponse tracked = visit("/events?tracker=secret-token&month=2031-01&school=larkmead-school");
        MockHttpServletResponse plain = visit("/events?school=larkmead-school&month=2031-01");

        for (MockHttpServletResponse response : List.of(tracked, plain)) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString())
                    .contains("<a href=\"/events?month=2031-01&school=larkmead-school\">")
                    .contains("<p>month=2031-01 school=larkmead-school</p>")
                    .doesNotContain("tracker").doesNotContain("secret-token");
        }
        assertThat(plain.getContentAsString()).isEqualTo(tracked.getContentAsString());
        assertThat(renderings).hasValue(1);
    }

    @Test
    void aPagesOwnParametersStillMakeDistinctPages() throws Exception {
        List<String> distinct = List.of("/events", "/events?month=2031-01", "/events?month=2031-02",
                "/events?school=radley-college", "/events?tag=b&tag=a", "/events?tag=a&tag=b&tag=a");
        for (String address : distinct) {
            visit(address);
        }

        assertThat(renderings).hasValue(distinct.size());
        assertThat(cache.size()).isEqualTo(distinct.size());
        assertThat(visit("/events?tag=a&tag=a&tag=b").getContentAsString())
                .as("a list keeps its repeated values, in order").contains("<p>tag=a|a|b</p>");
        assertThat(visit("/events?tag=a&tag=b").getContentAsString()).contains("<p>tag=a|b</p>");
        assertThat(renderings).hasValue(distinct.size());
    }

    @Test
    void aBadValueStillReachesThePageAndItsErrorIsNotKept() throws Exception {
        for (int visit = 1; visit <= 2; visit++) {
            MockHttpServletResponse response = visit("/events?month=never&x=" + visit);

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).isEqualTo("There is no month called never");
        }
        assertThat(renderings).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    /** A visit to {@code address}, its query string decoded into parameters as the server does. */
    private MockHttpServletResponse visit(String address) throws Exception {
        var uri = UriComponentsBuilder.fromUriString(address).build();
        var request = new MockHttpServletRequest("GET", uri.getPath());
        request.setQueryString(uri.getQuery());
        uri.getQueryParams().forEach((name, values) -> request.addParameter(decode(name),
                values.stream().map(value -> value == null ? "" : decode(value)).toArray(String[]::new)));
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, application);
        return response;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
