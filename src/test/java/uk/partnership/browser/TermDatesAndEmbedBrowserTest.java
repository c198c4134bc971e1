package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.support.DemoContent;

/**
 * The pages of issue 10 (and issue 19's term dates in the calendar and on a school's page) in a real browser at a phone's 320 and 375 px and a desktop's 1280 px: the public term
 * dates, the calendar made for a school's website (with events, empty, and its 400 page), and the coordinator's
 * term dates screens (the list, the error state of the add form, the change and delete pages). axe-core (WCAG 2.2
 * AA), no sideways scrolling, a title and an h1, and nothing fetched from another site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TermDatesAndEmbedBrowserTest extends DemoBrowserTest {

    static final List<Integer> WIDTHS = List.of(320, 375, 1280);

    static final List<String> PUBLIC_PAGES = List.of(
            "/term-dates",
            "/events?month=2026-12", // the Christmas holiday shaded, with the key
            "/events?month=2026-11&school=larkmead-school", // a school's own INSET day
            "/schools/abingdon-school", // a school that keeps its own term dates, with their feed
            "/embed/events?school=radley-college",
            "/embed/events?school=larkmead-school&category=music&limit=20",
            "/embed/events?category=staff-cpd&audience=community", // probably nothing: the empty state
            "/embed/events?limit=99"); // the 400 page in the frame's layout

    private final int port;

    private final JdbcClient jdbc;

    private final DataSource dataSource;

    @Autowired
    TermDatesAndEmbedBrowserTest(@LocalServerPort int port, JdbcClient jdbc, DataSource dataSource) {
        this.port = port;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    static Stream<Arguments> publicPagesAtEveryWidth() {
        return PUBLIC_PAGES.stream().flatMap(page -> WIDTHS.stream().map(width -> Arguments.of(page, width)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("publicPagesAtEveryWidth")
    void publicPageIsAccessible(String path, int width) {
        PageChecks.assertAccessibleAt(url(path), width);
    }

    @Test
    void emptyTermDatesPageIsAccessible() {
        try {
            jdbc.sql("delete from term_break").update();
            for (int width : WIDTHS) {
                PageChecks.assertAccessibleAt(url("/term-dates"), width);
            }
            assertThat(Browser.driver().findElement(By.cssSelector("main .empty")).getText())
                    .isEqualTo("No term dates have been published yet.");
        } finally {
            DemoContent.load(dataSource); // puts the demo's holidays back
        }
    }

    @Test
    void theFramedCalendarFetchesNothingFromAnotherSiteAndOpensLinksInANewTab() {
        String origin = "http://localhost:" + port;
        Browser.driver();
        Browser.forgetRequests();
        for (String path : PUBLIC_PAGES) {
            Browser.open(url(path), 375);
        }
        List<String> requested = Browser.requestedUrls();
        // Without requests to look at (an empty performance log), the check below would pass whatever was fetched.
        assertThat(requested).as("requests seen in the performance log")
                .anyMatch(requestedUrl -> requestedUrl.startsWith(origin + "/embed/events"));
        PageChecks.assertRequestsStayOn(origin, requested);

        WebDriver browser = Browser.open(url("/embed/events"), 375);
        // Without links (an empty calendar), every link would trivially open in a new tab.
        assertThat(browser.findElements(By.cssSelector("main a"))).isNotEmpty().allSatisfy(link -> {
            assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
            assertThat(link.getDomAttribute("rel")).isEqualTo("noopener");
        });
    }

    @Test
    void coordinatorsTermDatesScreensAreAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        long christmas = jdbc.sql("select id from term_break where name = 'Christmas holiday' order by id limit 1")
                .query(Long.class).single();
        for (String path : List.of("/admin/settings/term-dates", "/admin/settings/term-dates/" + christmas,
                "/admin/settings/term-dates/" + christmas + "/delete")) {
            for (int width : List.of(375, 1280)) {
                PageChecks.assertAccessibleAt(url(path), width);
            }
        }

        Browser.open(url("/admin/settings/term-dates"), 1280);
        browser.findElement(By.id("name")).sendKeys("Half term");
        Browser.submit(By.cssSelector("#add button[type=submit]"));

        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElements(By.cssSelector(".error-summary a"))).extracting(link -> link.getText())
                .containsExactly("Enter the first day", "Enter the last day");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Half term");
        for (int width : List.of(375, 1280)) {
            PageChecks.assertAccessibleAt(browser, width);
        }
    }

    @Test
    void aRepresentativesOwnTermDatesScreensAreAccessible() {
        WebDriver browser = Browser.open(url("/login"), 1280);
        browser.manage().deleteAllCookies();
        try {
            Browser.open(url("/login"), 1280);
            browser.findElement(By.id("email")).sendKeys("larkmead-school@ox14.example.org");
            browser.findElement(By.id("password")).sendKeys("representative demo maple");
            Browser.submit(By.cssSelector("main form button[type=submit]"));
            long inset = jdbc.sql("""
                            select t.id from term_break t join school s on s.id = t.school_id
                            where s.slug = 'larkmead-school' order by t.id limit 1""").query(Long.class).single();
            for (String path : List.of("/proposals/term-dates", "/proposals/term-dates/" + inset)) {
                for (int width : List.of(375, 1280)) {
                    PageChecks.assertAccessibleAt(url(path), width);
                }
            }
            Browser.open(url("/proposals/term-dates"), 1280);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Larkmead School's own terms",
                    "INSET day");
            browser.findElement(By.id("kind")).click(); // the first radio, "A term", has the field's id
            browser.findElement(By.id("name")).sendKeys("Spring term");
            Browser.submit(By.cssSelector("#add button[type=submit]"));
            assertThat(browser.getTitle()).startsWith("Error: ");
            assertThat(browser.findElements(By.cssSelector(".error-summary a"))).extracting(link -> link.getText())
                    .containsExactly("Enter the first day", "Enter the last day");
            for (int width : List.of(375, 1280)) {
                PageChecks.assertAccessibleAt(browser, width);
            }
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
