package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.partnership.support.DemoContent;

/**
 * Issue 19, parents: a parent on a 375 px phone filters the calendar and meets the results first, by eye and by
 * keyboard; an event of several days is one item; the event page's actions come with when and where.
 */
@BrowserTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CalendarJourneyBrowserTest {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarJourneyBrowserTest.class);

    static final int PHONE = 375;
    static final int DESKTOP = 1280;

    @LocalServerPort
    int port;

    @BeforeAll
    static void loadDemoPartnership(@Autowired DataSource dataSource) {
        DemoContent.load(dataSource);
    }

    @Test
    void afterApplyingAFilterOnAPhoneTheResultsComeFirstByEyeAndByKeyboard() {
        WebDriver driver = Browser.open(url("/events?month=2026-12"), PHONE);
        driver.findElement(By.cssSelector("summary.filters__summary")).click();
        driver.findElement(By.cssSelector("label[for=school-larkmead-school]")).click();
        Browser.submit(By.cssSelector(".filters__actions button[type=submit]"));

        assertThat(driver.getCurrentUrl()).contains("school=larkmead-school");
        assertThat(driver.findElement(By.cssSelector("details.filters")).getDomAttribute("open")).isNull();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Larkmead School events, December 2026");
        assertThat(driver.getTitle()).startsWith("Larkmead School events, December 2026");
        assertThat(driver.findElement(By.cssSelector(".showing")).getText())
                .contains("Showing:", "Larkmead School", "Clear all");
        WebElement first = firstEvent(driver);
        long y = ((Number) Browser.script("return arguments[0].getBoundingClientRect().top + window.scrollY", first))
                .longValue();
        LOG.info("first event after Apply at {} px: y = {}", PHONE, y);
        assertThat(y).as("the first event's top, in CSS pixels from the top of the page (1,375 before issue 19)")
                .isLessThan(Browser.HEIGHT);

        Browser.script("window.scrollTo(0, 0); document.activeElement.blur()");
        int presses = tabsTo(driver, first);
        LOG.info("Tab presses from the top of the page to the first event at {} px: {}", PHONE, presses);
        assertThat(presses).as("Tab presses to the first event (36 before issue 19)").isLessThanOrEqualTo(20);
        PageChecks.assertAccessible(driver);
    }

    @Test
    void removingTheOneFilterFromTheShowingLineShowsEverything() {
        WebDriver driver = Browser.open(url("/events/list?school=larkmead-school"), PHONE);

        driver.findElement(By.cssSelector(".showing__chip")).click();

        Browser.waitUntil(java.time.Duration.ofSeconds(5), page -> !page.getCurrentUrl().contains("school="));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Upcoming events");
        assertThat(driver.findElements(By.cssSelector(".showing"))).isEmpty();
    }

    @Test
    void eventOfSeveralDaysIsListedOnceOnAPhoneAndIsOneBarAcrossItsDaysOnADesktop() {
        WebDriver driver = Browser.open(url("/events?month=2027-07"), PHONE);
        List<WebElement> festival = visible(driver, "a[href='/events/ox14-arts-festival']");
        assertThat(festival).hasSize(1);
        assertThat(festival.getFirst().getText()).contains("Thu 8 Jul – Sat 10 Jul", "OX14 arts festival");
        assertThat(visible(driver, "a[href='/events/year-10-work-experience-week']")).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".legend")).isDisplayed()).isFalse();
        PageChecks.assertAccessible(driver);

        Browser.open(url("/events?month=2027-07"), DESKTOP);
        List<WebElement> bars = visible(driver,
                ".month__slot--span-3 .event-item--bar:has(a[href='/events/ox14-arts-festival'])");
        assertThat(bars).hasSize(1);
        WebElement thursday = driver.findElement(By.cssSelector("td:has(time[datetime='2027-07-08'])"));
        WebElement saturday = driver.findElement(By.cssSelector("td:has(time[datetime='2027-07-10'])"));
        int left = bars.getFirst().getRect().getX();
        int right = left + bars.getFirst().getRect().getWidth();
        assertThat(left).as("the bar starts in Thursday's cell").isBetween(thursday.getRect().getX(),
                thursday.getRect().getX() + 10);
        assertThat(right).as("the bar ends in Saturday's cell")
                .isBetween(saturday.getRect().getX() + saturday.getRect().getWidth() - 10,
                        saturday.getRect().getX() + saturday.getRect().getWidth());
        assertThat(visible(driver, "a[href='/events/ox14-arts-festival']")).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".legend")).getText())
                .contains("School colours", "Radley College", "Whole partnership");
        PageChecks.assertAccessible(driver);
    }

    @Test
    void tagsAreAtLeastFourteenPixelsAndLongSchoolNamesAreNeverCutOff() {
        for (int width : new int[] {PHONE, DESKTOP}) {
            WebDriver driver = Browser.open(url("/events?month=2027-07"), width);
            // A bar on a desktop shows its school by its colour (and the legend); its tags are for screen readers.
            List<WebElement> tags = visible(driver, ".month__events .event-item:not(.event-item--bar) .school-tag"
                    + (width == PHONE ? ", .month__events .event-item--bar .school-tag" : ""));
            assertThat(tags).isNotEmpty().allSatisfy(tag -> {
                assertThat(Double.parseDouble(tag.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(14);
                assertThat(((Number) Browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth", tag))
                        .intValue()).as(tag.getText() + " at " + width + " px is not cut off").isLessThanOrEqualTo(0);
            });
            assertThat(tags).extracting(WebElement::getText).anyMatch(text -> text.contains("St Helen"));
        }
    }

    @Test
    void eventPageOffersBookingAndAddingToACalendarBesideWhenAndWhere() {
        WebDriver driver = Browser.open(url("/events/science-talk-the-chemistry-of-christmas?school=radley-college"),
                PHONE);

        WebElement book = driver.findElement(By.linkText("Book a place"));
        long y = ((Number) Browser.script("return arguments[0].getBoundingClientRect().top + window.scrollY", book))
                .longValue();
        LOG.info("Book a place at {} px: y = {}", PHONE, y);
        assertThat(y).as("within the first screen (1,213 before issue 19)").isLessThan(Browser.HEIGHT);
        driver.findElement(By.cssSelector(".add-to-calendar summary")).click();
        assertThat(driver.findElement(By.partialLinkText("Google Calendar")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".breadcrumbs a")).getDomAttribute("href"))
                .isEqualTo("/events?month=2026-12&school=radley-college");
        PageChecks.assertAccessible(driver);

        Browser.open(url("/events/science-talk-the-chemistry-of-christmas"), DESKTOP);
        WebElement when = driver.findElement(By.cssSelector(".event-top__when"));
        WebElement button = driver.findElement(By.linkText("Book a place"));
        assertThat(button.getRect().getX()).as("beside when and where")
                .isGreaterThan(when.getRect().getX() + when.getRect().getWidth());
        assertThat(button.getRect().getY()).isLessThan(when.getRect().getY() + when.getRect().getHeight());
    }

    @Test
    void monthListPrintsItsEventsAndFilteredHeadingWithoutNavigationFiltersOrFooter() {
        WebDriver driver = Browser.open(url("/events/list?month=2026-12&school=larkmead-school"), DESKTOP);
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Larkmead School events, December 2026");
            for (String hidden : List.of(".site-header", ".site-footer", "details.filters", ".view-switch", ".showing",
                    ".subscribe")) {
                assertThat(driver.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
            }
            assertThat(visible(driver, ".event-card")).isNotEmpty();
        } finally {
            ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                    java.util.Map.of("media", ""));
        }
    }

    @Test
    void aTermsEventsAreReachedFromTheTermDatesAndPrintWithTheirHeading() {
        WebDriver driver = Browser.open(url("/schools/larkmead-school"), DESKTOP);
        WebElement link = driver.findElements(By.cssSelector("a.term-date__events")).stream()
                .filter(candidate -> candidate.getAccessibleName().contains("Spring term")).findFirst().orElseThrow();
        // Seen beside the term's name in its row; heard with the name, as the link says nothing alone.
        assertThat(link.getAccessibleName()).isEqualTo("Events this term (Spring term)");
        Browser.open(link.getAttribute("href"), DESKTOP);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Larkmead School events, Spring term 2027");
        assertThat(visible(driver, ".event-card")).isNotEmpty();
        PageChecks.assertAccessibleAtEveryWidth(driver);
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-header", ".site-footer", "details.filters", ".view-switch")) {
                assertThat(driver.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
            }
            assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
        } finally {
            ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                    java.util.Map.of("media", ""));
        }
    }

    private static WebElement firstEvent(WebDriver driver) {
        return visible(driver, ".month__events a, .event-card__title a").getFirst();
    }

    private static List<WebElement> visible(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
    }

    /** Presses Tab from the top of the page until {@code wanted} has the focus; fails after 80 presses. */
    private static int tabsTo(WebDriver driver, WebElement wanted) {
        for (int presses = 1; presses <= 80; presses++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (driver.switchTo().activeElement().equals(wanted)) {
                return presses;
            }
        }
        throw new AssertionError("the first event was not reached by keyboard");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
