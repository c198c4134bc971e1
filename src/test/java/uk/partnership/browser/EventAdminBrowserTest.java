package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The coordinator's event pages in a real browser: the list, the empty and filled form, its error state, a
 * preview, and the cancel, postpone and delete pages; axe (WCAG 2.2 AA) and no sideways scroll at 320 and
 * 1280 px. The form is filled and sent by keyboard-reachable controls only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventAdminBrowserTest extends DemoBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void coordinatorCreatesAnEventAndEveryAdminEventPageIsAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/events"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/events/new"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/events?q=nothing-has-this-title-" + UUID.randomUUID()));

        Browser.open(url("/admin/events/new"), 1280);
        Browser.submit(By.cssSelector("button[value=save]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        String title = "Browser event " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("Made in a browser test.");
        browser.findElement(By.id("description")).sendKeys("Some **bold** text.");
        Browser.script("document.getElementById('startDate').value = '2031-09-15';"
                + "document.getElementById('startTime').value = '16:00';"
                + "document.getElementById('endTime').value = '17:30';");
        browser.findElement(By.id("hostSchoolIds")).click();
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        Browser.submit(By.cssSelector("button[value=preview]"));
        // The whole public page, not saved (issue 19); "Back to editing" brings the form back as typed.
        assertThat(browser.findElement(By.cssSelector(".prose strong")).getText()).isEqualTo("bold");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.submit(By.cssSelector("form.notice button"));

        Browser.submit(By.cssSelector("button[value=publish]"));
        String edit = browser.getCurrentUrl();
        assertThat(edit).matches(".*/admin/events/\\d+$");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        String admin = edit.substring(edit.indexOf("/admin"));
        PageChecks.assertAccessibleAtEveryWidth(url(admin + "/preview"));
        PageChecks.assertAccessibleAtEveryWidth(url(admin + "/postpone"));
        PageChecks.assertAccessibleAtEveryWidth(url(admin + "/cancel"));

        Browser.open(url(admin + "/cancel"), 1280);
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        // Unpublishing asks first, on a page of its own (issue 19).
        Browser.open(url(admin), 1280);
        browser.findElement(By.cssSelector("a[href$='/unpublish']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Unpublish");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        PageChecks.assertAccessibleAtEveryWidth(url(admin + "/delete"));
    }

    @Test
    void theCoordinatorsListBulkActionsAndSeriesPagesAreAccessible() throws Exception {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/events"), 1280);
        screenshot(browser, "list-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        PageChecks.assertAccessibleAt(browser, 375);
        Browser.open(url("/admin/events"), 375);
        screenshot(browser, "list-375");

        // A series is one row that opens its dates, without a script.
        List<WebElement> series = browser.findElements(By.cssSelector("details.series-dates"));
        assertThat(series).isNotEmpty();
        series.getFirst().findElement(By.tagName("summary")).click();
        assertThat(series.getFirst().findElements(By.cssSelector("li")).getFirst().isDisplayed()).isTrue();
        PageChecks.assertAccessibleAt(browser, 375);
        screenshot(browser, "list-series-open-375");
        Browser.open(url("/admin/events?when=past"), 1280);
        assertThat(browser.findElement(By.cssSelector(".event-tabs a[aria-current=page]")).getText()).isEqualTo("Past events");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        // Bulk: publish a published event (refused, as a warning) and ask to cancel it (a confirmation page).
        Browser.open(url("/admin/events?status=PUBLISHED"), 1280);
        browser.findElement(By.cssSelector(".event-admin-table__select input[name=ids]")).click();
        Browser.submit(By.cssSelector("button[value=publish]"));
        assertThat(browser.findElement(By.cssSelector(".notice--warning[role=alert]")).getText())
                .startsWith("These were not changed:").contains("it is already published.");
        screenshot(browser, "bulk-refused-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        browser.findElement(By.cssSelector(".event-admin-table__select input[name=ids]")).click();
        Browser.submit(By.cssSelector("button[value=cancel]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cancel this event?");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        screenshot(browser, "bulk-cancel-error-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        // A series' date: its cancel page offers the rest of the series; duplicating opens the copy.
        Browser.open(url("/admin/events"), 1280);
        String dateLink = browser.findElement(By.cssSelector("details.series-dates li a")).getAttribute("href");
        String admin = dateLink.substring(dateLink.indexOf("/admin"));
        Browser.open(url(admin + "/cancel"), 1280);
        assertThat(browser.findElements(By.cssSelector("input[name=reach]"))).hasSize(3);
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.open(url(admin), 1280);
        Browser.submit(By.cssSelector("form[action$='/duplicate'] button"));
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).startsWith("This is a copy of");
        screenshot(browser, "duplicated-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        // The saved venues' select fills the venue at once with the script.
        Browser.open(url("/admin/events/new"), 1280);
        Select venues = new Select(browser.findElement(By.id("savedVenue")));
        venues.selectByIndex(1);
        String chosen = venues.getFirstSelectedOption().getAttribute("data-name");
        assertThat(browser.findElement(By.id("venueName")).getAttribute("value")).isEqualTo(chosen);
    }

    /** Kept for the note of what was looked at: /tmp/admin-browser-NAME.png. */
    private static void screenshot(WebDriver browser, String name) throws java.io.IOException {
        Browser.script("var t = document.querySelector('main table, main .notice, main h1');"
                + "if (t) { t.scrollIntoView(); }");
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/admin-browser-" + name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void coordinatorMakesARepeatingEventAndTheFormAndOccurrencePagesAreAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/events/new"), 1280);
        String title = "Browser series " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("A repeating event made in a browser test.");
        Browser.script("document.getElementById('startDate').value = '2031-09-16';"
                + "document.getElementById('startTime').value = '15:30';"
                + "document.getElementById('endTime').value = '16:30';");
        browser.findElement(By.id("hostSchoolIds")).click();
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        browser.findElement(By.id("repeats-WEEKLY")).click();
        browser.findElement(By.id("repeatEnd-count")).click();
        browser.findElement(By.id("repeatCount")).sendKeys("many");
        Browser.submit(By.cssSelector("button[value=publish]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("repeatCount")).getAttribute("value")).isEqualTo("many");
        assertAccessibleAtEveryWidthAnd375(browser);

        browser.findElement(By.id("repeatCount")).clear();
        browser.findElement(By.id("repeatCount")).sendKeys("4");
        Browser.submit(By.cssSelector("button[value=publish]"));
        String edit = browser.getCurrentUrl();
        assertThat(edit).matches(".*/admin/events/\\d+$");
        assertThat(browser.findElement(By.id("scope")).isSelected()).isTrue();
        assertAccessibleAtEveryWidthAnd375(browser);

        Browser.open(url(edit.substring(edit.indexOf("/admin")) + "/preview"), 1280);
        String publicPage = browser.findElement(By.cssSelector(".series-dates a")).getAttribute("href");
        assertThat(browser.findElement(By.cssSelector(".series-rule")).getText()).startsWith("Repeats weekly on Tuesdays");
        PageChecks.assertAccessibleAtEveryWidth(publicPage);
        PageChecks.assertAccessibleAt(publicPage, 375);
    }

    private static void assertAccessibleAtEveryWidthAnd375(WebDriver browser) {
        PageChecks.assertAccessibleAtEveryWidth(browser);
        PageChecks.assertAccessibleAt(browser, 375);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
