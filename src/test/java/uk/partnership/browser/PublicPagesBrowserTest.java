package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.partnership.support.DemoContent;

/**
 * Every public page in a real browser, as a visitor: WCAG 2.2 AA by axe-core, no sideways scrolling on a
 * 320px phone or a 1280px desktop, a title and an h1; the skip link by keyboard; nothing fetched from another
 * site.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBrowserTest {

    /** Add every new public page here (one example of each kind of page is enough, e.g. one school). */
    static final List<String> PAGES = List.of(
            "/",
            "/about",
            "/schools",
            "/schools/radley-college",
            "/schools/abingdon-school",
            "/contact",
            "/accessibility",
            "/privacy",
            "/events",
            "/events?month=2040-01", // a month without events
            "/events?school=radley-college&audience=parents", // filters open and chosen
            "/events/list",
            "/events/list?school=larkmead-school&category=sport",
            "/events/past",
            "/events/past?school=larkmead-school", // filtered, grouped by month
            "/events?month=2027-07", // events of several days as bars, the legend
            "/events?month=2026-12&school=larkmead-school&category=languages", // filtered and empty: what to do next
            "/events/science-talk-the-chemistry-of-christmas?school=radley-college", // booking and calendar at the top
            "/events/ox14-christmas-concert",
            "/events/year-8-hockey-festival", // cancelled
            "/events/bronze-duke-of-edinburghs-award-practice-expedition", // multi-day, across the March clock change
            "/events?month=2026-13", // the bad request page
            "/schools/no-such-school"); // the not found page

    static final List<Integer> WIDTHS = PageChecks.WIDTHS;

    @LocalServerPort
    int port;

    @BeforeAll
    static void loadDemoPartnership(@Autowired DataSource dataSource) {
        DemoContent.load(dataSource);
    }

    static Stream<Arguments> pagesAtEveryWidth() {
        return PAGES.stream().flatMap(page -> WIDTHS.stream().map(width -> Arguments.of(page, width)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAtEveryWidth")
    void pageIsAccessible(String path, int width) {
        PageChecks.assertAccessibleAt(url(path), width);
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReachesAndMovesFocusToTheMainContent() {
        WebDriver driver = Browser.open(url("/"), 1280);
        assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("body");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement skipLink = driver.switchTo().activeElement();
        assertThat(skipLink.getTagName()).isEqualTo("a");
        assertThat(skipLink.getDomAttribute("class")).contains("skip-link");
        assertThat(skipLink.getText()).isEqualTo("Skip to main content");
        assertThat(skipLink.getRect().getX()).as("skip link is on screen when focused").isNotNegative();

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        Browser.waitUntil(Duration.ofSeconds(5), page -> "main".equals(
                ((JavascriptExecutor) page).executeScript("return document.activeElement.id")));
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getTagName()).isEqualTo("main");
        assertThat(focused.getDomAttribute("id")).isEqualTo("main");
    }

    @Test
    void calendarFiltersWorkByKeyboardAlone() {
        WebDriver driver = Browser.open(url("/events"), 1280);

        WebElement summary = tabTo(driver, element -> "summary".equals(element.getTagName()));
        assertThat(summary.getText()).isEqualTo("Filter events");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        WebElement firstSchool = tabTo(driver, element -> "checkbox".equals(element.getDomAttribute("type")));
        assertThat(firstSchool.getDomAttribute("value")).isEqualTo("abingdon-school");
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        tabTo(driver, element -> "Apply filters".equals(element.getText()));
        new Actions(driver).sendKeys(Keys.ENTER).perform();

        Browser.waitUntil(Duration.ofSeconds(5), page -> page.getCurrentUrl().contains("school=abingdon-school"));
        assertThat(driver.findElement(org.openqa.selenium.By.id("school-abingdon-school")).isSelected()).isTrue();
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("a[rel=next]")).getDomAttribute("href"))
                .contains("school=abingdon-school");
        PageChecks.assertAccessible(driver);
    }

    @Test
    void monthGridBecomesAListOfDaysOnANarrowScreen() {
        WebDriver driver = Browser.open(url("/events?month=2026-12"), 320);

        var table = driver.findElement(org.openqa.selenium.By.cssSelector("table.month"));
        assertThat(table.getCssValue("display")).isEqualTo("block");
        var visibleDates = driver.findElements(org.openqa.selenium.By.cssSelector(".month__date")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
        assertThat(visibleDates).isNotEmpty().allSatisfy(date -> assertThat(date).matches("[A-Z][a-z]{2} \\d{1,2} Dec.*"));
    }

    /** Presses Tab until the focused element matches, as a keyboard user would; fails after 80 presses. */
    private static WebElement tabTo(WebDriver driver, java.util.function.Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 80; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("the wanted element was not reached by keyboard");
    }

    @Test
    void noPageFetchesAnythingFromAnotherSite() {
        String origin = "http://localhost:" + port;
        Browser.driver();
        Browser.forgetRequests();

        for (String path : PAGES) {
            Browser.open(url(path), 1280);
        }
        List<String> requested = Browser.requestedUrls();

        assertThat(requested).as("requests seen in the performance log")
                .anyMatch(url -> url.startsWith(origin + "/css/site"));
        PageChecks.assertRequestsStayOn(origin, requested);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
