package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The site's search in a real browser (issue 20): results, close matches, nothing found, a refused query, and the box
 * in the header, with axe (WCAG 2.2 AA) and no sideways scroll at 320 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBrowserTest extends DemoBrowserTest {

    @LocalServerPort
    int port;

    static final List<String> PAGES = List.of(
            "/search", // the form alone
            "/search?q=radley", // events and schools, with snippets
            "/search?q=mentoring&kind=events", // one kind, a page at a time
            "/search?q=wellbeeing", // close matches
            "/search?q=zzzqqqxxx&school=radley-college", // nothing found, filters open
            "/search?q=" + "a".repeat(250)); // too long: the error summary and the message by the field

    static Stream<Arguments> pagesAtEveryWidth() {
        return PAGES.stream().flatMap(page -> PageChecks.WIDTHS.stream().map(width -> Arguments.of(page, width)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAtEveryWidth")
    void searchPageIsAccessible(String path, int width) {
        PageChecks.assertAccessibleAt(url(path), width);
    }

    @Test
    void theBoxInTheHeaderSearchesFromAnyPageWithoutJavaScript() {
        WebDriver browser = Browser.open(url("/events"), 320);
        browser.findElement(By.id("site-search-q")).sendKeys("mentoring");
        Browser.submit(By.cssSelector("header form[role=search] button[type=submit]"));
        assertThat(browser.getCurrentUrl()).contains("/search?q=mentoring");
        assertThat(browser.findElements(By.cssSelector(".search-hit mark"))).isNotEmpty();
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
