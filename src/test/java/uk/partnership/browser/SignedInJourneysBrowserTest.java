package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19's signed-in journeys in a real browser: the signed-in header folds into a menu on a phone (closed at
 * first, opened by keyboard, every link reachable with Tab) and shows as before from 640 px; the staff links on a
 * public page; the new-post form with its schedule fields; the preview of a new event's whole public page. axe-core
 * finds nothing at 320 and 1280 px.
 * <p>
 * With {@code -Dscreenshots=<folder>} the screens are also saved as PNGs, to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignedInJourneysBrowserTest extends DemoBrowserTest {

    @LocalServerPort
    int port;

    final JdbcClient jdbc;

    @Autowired
    SignedInJourneysBrowserTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    void onAPhoneTheSignedInHeaderIsAClosedMenuThatTheKeyboardOpens() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin"), 320);
        screenshot(browser, "menu-closed-320");

        WebElement header = browser.findElement(By.cssSelector(".site-header"));
        assertThat(header.getRect().getHeight()).as("the header's height at 320 px").isLessThan(100);
        WebElement toggle = browser.findElement(By.cssSelector(".site-menu > summary"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(toggle.getText()).isEqualTo("Menu");
        assertThat(browser.findElement(By.cssSelector(".site-menu")).getDomProperty("open")).isEqualTo("false");
        assertThat(browser.findElements(By.cssSelector(".site-nav__link")).stream().filter(WebElement::isDisplayed))
                .as("no link shows while the menu is closed").isEmpty();
        PageChecks.assertLaidOut(browser);

        // Skip link, the site's name, then the menu; Enter opens it and Tab walks its links to "Sign out".
        new Actions(browser).sendKeys(Keys.TAB, Keys.TAB, Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Menu");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.findElement(By.cssSelector(".site-menu")).getDomProperty("open")).isEqualTo("true");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            assertThat(focused.isDisplayed()).as("focused: " + focused.getText()).isTrue();
            reached.add(focused.getText());
        }
        assertThat(reached).containsExactly("Dashboard", "Events", "News", "Pages", "Proposals", "Impact",
                "School calendars", "Schools", "Categories", "Settings", "Accounts", "Audit trail", "Your account",
                "Sign out");
        screenshot(browser, "menu-open-320");
        PageChecks.assertNoAxeViolations(browser);
        PageChecks.assertLaidOut(browser);

        Browser.resize(1280);
        assertThat(browser.findElement(By.cssSelector(".site-menu")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".site-nav--wide .site-nav__link")))
                .allSatisfy(link -> assertThat(link.isDisplayed()).isTrue()).hasSize(13);
        screenshot(browser, "menu-1280");
        PageChecks.assertAccessibleAtEveryWidth(url("/admin"));
    }

    @Test
    void aPublicPageSignedInOffersTheEditLinkAndTheDashboard() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        String slug = jdbc.sql("select slug from event where status = 'PUBLISHED' and starts_at > now() order by starts_at limit 1")
                .query(String.class).single();
        PageChecks.assertAccessibleAtEveryWidth(url("/events/" + slug));
        assertThat(browser.findElement(By.cssSelector(".staff-edit a")).getText()).isEqualTo("Edit this event");
        assertThat(browser.findElement(By.cssSelector(".staff-bar a")).getText()).isEqualTo("Your dashboard");
        screenshots(browser, "event-signed-in");
    }

    @Test
    void theNewPostFormWithItsScheduleAndTheFormsWithDatesAreAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        for (String path : List.of("/admin/news/new", "/admin/settings/term-dates", "/admin/audit",
                "/admin/proposals", "/admin/settings")) {
            PageChecks.assertAccessibleAtEveryWidth(url(path));
            screenshots(browser, path.substring(1).replace('/', '-'));
        }
        Browser.open(url("/admin/news/new"), 1280);

        // A date and time in the past: the error state, with the summary in the order of the fields.
        browser.findElement(By.id("title")).sendKeys("A post for later");
        Browser.script("document.getElementById('publishDate').value = '2020-01-01';"
                + "document.getElementById('publishTime').value = '08:00';");
        Browser.submit(By.cssSelector("button[value=schedule]"));
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.id("publishDate-error")).getText()).contains("Choose a time in the future");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshots(browser, "news-new-errors");
    }

    @Test
    void aNewEventIsPreviewedAsItsWholePublicPage() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/events/new"), 1280);
        Browser.submit(By.cssSelector("button[value=save]"));
        assertThat(browser.findElements(By.cssSelector(".error-summary a")).stream().map(WebElement::getText).toList())
                .startsWith("Enter a title", "Enter the start date");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshots(browser, "event-new-errors");
        browser.findElement(By.id("title")).sendKeys("Careers fair preview");
        browser.findElement(By.id("summary")).sendKeys("Meet employers and universities.");
        Browser.script("document.getElementById('startDate').value = '2031-07-01';"
                + "document.getElementById('startTime').value = '16:00';"
                + "document.getElementById('endTime').value = '18:00';");
        browser.findElement(By.id("wholePartnership")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        Browser.submit(By.cssSelector("button[value=preview]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Careers fair preview");
        assertThat(browser.findElement(By.cssSelector("form.notice")).getText()).contains("Nothing is saved yet.");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshots(browser, "event-preview");

        Browser.submit(By.cssSelector("form.notice button"));
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Careers fair preview");
        assertThat(browser.findElement(By.id("startDate")).getDomProperty("value")).isEqualTo("2031-07-01");
        Browser.submit(By.cssSelector("button[value=save]"));
        Browser.open(url("/admin"), 1280);
        assertThat(browser.findElement(By.linkText("\u201cCareers fair preview\u201d")).getText())
                .isEqualTo("\u201cCareers fair preview\u201d");
        screenshots(browser, "dashboard");
    }

    /** The page as it is now, whole, at its current width; with -Dscreenshots=<folder> only. */
    private static void screenshot(WebDriver browser, String name) {
        String folder = System.getProperty("screenshots");
        if (folder == null || !(browser instanceof HasCdp cdp)) {
            return;
        }
        long width = ((Number) Browser.script("return window.innerWidth")).longValue();
        long height = Math.min(4000, ((Number) Browser.script("return document.documentElement.scrollHeight")).longValue());
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot",
                Map.of("captureBeyondViewport", true, "clip", clip));
        try {
            Path file = Path.of(folder, name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new IllegalStateException("Could not save a screenshot in " + folder, e);
        }
    }

    /** The page at 375 and 1280 px, to look at. */
    private static void screenshots(WebDriver browser, String name) {
        for (int width : new int[] {375, 1280}) {
            Browser.resize(width);
            screenshot(browser, name + "-" + width);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
