package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.features.imports.FeedServer;
import uk.partnership.support.DemoContent;

/**
 * Issue 22: the school calendars screen and the review screen in a real browser, at 320 and 1280 px, empty, with
 * errors, with a working and a broken calendar, with new entries and with changes from the schools: axe-core
 * (WCAG 2.2 AA), no sideways scrolling, a title and an h1. The calendars come from the tests' feed server.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"site.imports.allowed-test-hosts=localhost", "site.imports.timeout=PT4S"})
class ImportBrowserTest {

    static final FeedServer FEEDS = new FeedServer().serve("/radley.ics", "google.ics");

    final int port;
    final JdbcClient jdbc;

    @Autowired
    ImportBrowserTest(@LocalServerPort int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    @BeforeAll
    static void demoContent(@Autowired DataSource dataSource) {
        DemoContent.load(dataSource);
    }

    @AfterEach
    void forgetTheSession() {
        Browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    static void stopFeeds() {
        FEEDS.close();
    }

    @Test
    void theCalendarsAndReviewScreensAreAccessibleInEveryState() throws IOException {
        jdbc.sql("delete from import_source").update();
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/imports"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/imports/review"));

        Browser.open(url("/admin/imports"), 1280);
        Browser.submit(By.cssSelector("form#add button[type=submit]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElements(By.cssSelector(".error-summary a"))).extracting(a -> a.getDomAttribute("href"))
                .contains("#schoolId", "#url", "#categoryId");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        add(browser, "Radley College", FEEDS.url("/radley.ics"), "partnership");
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("Calendar added");
        add(browser, "Abingdon School", FEEDS.url("/missing.ics"), "");
        Browser.submit(By.cssSelector("form[action$='/admin/imports/run'] button"));
        assertThat(browser.findElement(By.cssSelector("main table")).getText())
                .contains("5 entries, read", "Not working", "The address answered with status 404, not a calendar.");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshot(browser, "sources-1280");
        Browser.open(url("/admin/imports"), 375);
        screenshot(browser, "sources-375");

        long source = jdbc.sql("select id from import_source where url = :url").param("url", FEEDS.url("/radley.ics"))
                .query(Long.class).single();
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/imports/" + source));

        Browser.open(url("/admin/imports/review"), 1280);
        assertThat(browser.findElements(By.cssSelector(".import-list li h3"))).hasSize(5);
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshot(browser, "review-new-1280");
        Browser.open(url("/admin/imports/review"), 375);
        screenshot(browser, "review-new-375");

        Browser.open(url("/admin/imports/review"), 1280);
        Browser.submit(By.cssSelector("form[action$='/accept-all'] button"));
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains("5 entries accepted");

        FEEDS.serve("/radley.ics", "google-changed.ics");
        Browser.open(url("/admin/imports"), 1280);
        Browser.submit(By.cssSelector("form[action$='/admin/imports/run'] button"));
        Browser.open(url("/admin/imports/review"), 1280);
        assertThat(browser.findElement(By.cssSelector("main")).getText())
                .contains("Moved", "Cancelled", "Removed", "Partnership robotics club (a day later)");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshot(browser, "review-changed-1280");
    }

    private void add(WebDriver browser, String school, String address, String keyword) {
        Browser.open(url("/admin/imports"), 1280);
        new Select(browser.findElement(By.id("schoolId"))).selectByVisibleText(school);
        type(browser, "url", address);
        type(browser, "keyword", keyword);
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        browser.findElement(By.id("publishAtOnce")).click();
        Browser.submit(By.cssSelector("form#add button[type=submit]"));
    }

    private static void type(WebDriver browser, String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.write(Path.of("/tmp/import-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
