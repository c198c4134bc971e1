package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.support.DemoContent;

/**
 * The coordinator's settings page in a real browser, filled, empty (a new installation), after a refused save
 * and in preview, each at 320 and 1280 px: axe-core (WCAG 2.2 AA), no sideways scrolling (the rows of aims and
 * links fold into one column), a title and an h1; the error state follows the GOV.UK pattern. Nothing here is
 * saved, except that the empty state removes the settings and puts the demo ones back.
 * <p>
 * With {@code -Dscreenshots=<folder>} the page is also saved as full-page PNGs at 375 and 1280 px, to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettingsAdminBrowserTest extends DemoBrowserTest {

    static final int SCREENSHOT_HEIGHT = 1800;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filledFormIsAccessibleAndFoldsIntoOneColumnOnAPhone() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/settings"));
        screenshots(browser, "settings");

        Browser.open(url("/admin/settings"), 320);
        WebElement position = browser.findElement(By.id("aims[0].position"));
        WebElement title = browser.findElement(By.id("aims[0].title"));
        assertThat(title.getRect().getY()).as("at 320 px the title is under the position")
                .isGreaterThan(position.getRect().getY());
        Browser.resize(1280);
        assertThat(title.getRect().getY()).as("at 1280 px they share a line").isEqualTo(position.getRect().getY());
    }

    @Test
    void refusedSaveFollowsTheErrorPatternAndKeepsWhatWasTyped() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/settings"), 1280);
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("contactEmail")).clear();
        browser.findElement(By.id("contactEmail")).sendKeys("not an address");
        browser.findElement(By.id("funders[1].name")).sendKeys("Town Council");
        browser.findElement(By.id("funders[1].url")).sendKeys("www.example.org");
        browser.findElement(By.id("aims[3].body")).sendKeys("A text without a title.");
        Browser.submit(By.cssSelector("button[value=save]"));

        assertErrorState(browser, "#name");
        for (WebElement link : browser.findElements(By.cssSelector(".error-summary a"))) {
            String target = link.getDomAttribute("href").substring(1);
            assertThat(browser.findElements(By.id(target))).as("summary link #" + target + " lands on a field")
                    .isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector(".error-summary a"))).extracting(WebElement::getText)
                .containsExactly("Enter the name of the partnership",
                        "Enter an e-mail address in the correct format, like name@example.org",
                        "Enter a title for aim 4",
                        "Enter the web address of funder 2 starting with https:// or http://, "
                                + "like https://www.example.org/");
        assertThat(browser.findElement(By.id("funders[1].name")).getDomProperty("value")).isEqualTo("Town Council");
        assertThat(browser.findElement(By.id("contactEmail")).getDomProperty("value")).isEqualTo("not an address");

        browser.findElement(By.cssSelector(".error-summary a[href='#funders[1].url']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#funders[1].url");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshots(browser, "settings-errors");
    }

    @Test
    void previewShowsTheAboutTextAsItWillLookAndKeepsTheForm() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/settings"), 1280);
        WebElement about = browser.findElement(By.id("about"));
        about.clear();
        about.sendKeys("A **new** about text.\n\n- with a list\n- of two items");
        browser.findElement(By.id("strapline")).sendKeys(" Typed before previewing.");
        Browser.submit(By.cssSelector("button[value=preview]"));

        assertThat(browser.getTitle()).startsWith("Settings");
        assertThat(browser.getCurrentUrl()).endsWith("/admin/settings#about-preview");
        assertThat(browser.findElement(By.cssSelector(".preview strong")).getText()).isEqualTo("new");
        assertThat(browser.findElements(By.cssSelector(".preview li"))).hasSize(2);
        assertThat(browser.findElement(By.id("strapline")).getDomProperty("value"))
                .endsWith("Typed before previewing.");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshots(browser, "settings-preview");
    }

    @Test
    void emptyFormOfANewInstallationIsAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        try {
            jdbc.sql("delete from partnership_link").update();
            jdbc.sql("delete from partnership_aim").update();
            jdbc.sql("delete from partnership").update();
            PageChecks.assertAccessibleAtEveryWidth(url("/admin/settings"));
            assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEmpty();

            Browser.submit(By.cssSelector("button[value=save]"));
            assertErrorState(browser, "#name");
            PageChecks.assertAccessibleAtEveryWidth(browser);
        } finally {
            DemoContent.load(dataSource);
        }
    }

    private static void assertErrorState(WebDriver browser, String linkedField) {
        assertThat(browser.getTitle()).as(() -> "an error page, but it says: "
                + browser.findElement(By.tagName("main")).getText()).startsWith("Error: ");
        var summaryLinks = browser.findElements(By.cssSelector(".error-summary a"));
        assertThat(summaryLinks).extracting(link -> link.getDomAttribute("href")).contains(linkedField);
        assertThat(browser.findElements(By.cssSelector(".error-message"))).isNotEmpty();
    }

    /** Full-page PNGs of the page as it is, at 375 and 1280 px, when -Dscreenshots names a folder. */
    private static void screenshots(WebDriver browser, String name) {
        String folder = System.getProperty("screenshots");
        if (folder == null || !(browser instanceof HasCdp cdp)) {
            return;
        }
        for (int width : new int[] {375, 1280}) {
            Browser.resize(width);
            long height = ((Number) Browser.script("return document.documentElement.scrollHeight")).longValue();
            // In parts of a screen or two, so that each can be looked at whole.
            for (long top = 0, part = 1; top < height; top += SCREENSHOT_HEIGHT, part++) {
                Map<String, Object> clip = Map.of("x", 0, "y", top, "width", width,
                        "height", Math.min(SCREENSHOT_HEIGHT, height - top), "scale", 1);
                Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot",
                        Map.of("captureBeyondViewport", true, "clip", clip));
                try {
                    Path file = Path.of(folder, name + "-" + width + "-" + part + ".png");
                    Files.createDirectories(file.getParent());
                    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
                } catch (IOException e) {
                    throw new IllegalStateException("Could not save a screenshot in " + folder, e);
                }
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
