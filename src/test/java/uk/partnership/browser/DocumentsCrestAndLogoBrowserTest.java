package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.base.documents.TestDocuments;
import uk.partnership.base.images.TestPictures;
import uk.partnership.support.DemoContent;

/**
 * Documents, a school's crest and the partnership's logo in a real browser (issue 20): each uploaded through its own
 * form by a coordinator, a refused upload answered by its field, and the public pages that show them (the documents
 * list on an event's page, the crest on a school's page, the logo in the header) with axe at 375 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsCrestAndLogoBrowserTest extends DemoBrowserTest {

    final int port;
    final JdbcClient jdbc;
    final DataSource dataSource;

    @Autowired
    DocumentsCrestAndLogoBrowserTest(@LocalServerPort int port, JdbcClient jdbc, DataSource dataSource) {
        this.port = port;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The other browser tests see the demo as its script makes it: no crest, no logo. */
    @AfterEach
    void removePictures() {
        DemoContent.removeCrestsAndLogo(dataSource);
    }

    @Test
    void aDocumentIsAddedFromTheEventsPageAndListedOnItsPublicPage() throws IOException {
        long id = jdbc.sql("select min(id) from event where status = 'PUBLISHED' and cancelled_at is null "
                + "and starts_at > now()").query(Long.class).single();
        String slug = jdbc.sql("select slug from event where id = :id").param("id", id).query(String.class).single();
        WebDriver browser = Browser.signInAsCoordinator(url(""));

        // A web page renamed as a PDF: refused by the file field, the title kept.
        Browser.open(url("/admin/events/" + id), 1280);
        browser.findElement(By.id("documentTitle")).sendKeys("Consent form for the trip");
        browser.findElement(By.id("documentUpload")).sendKeys(file("page", ".pdf", TestDocuments.html()).toString());
        Browser.submit(By.cssSelector("#documents form[enctype] > button"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("documentFile-error")).getText()).contains("The file is not a PDF");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Consent form for the trip");
        screenshot(browser, "documents-error-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        browser.findElement(By.id("documentFile")).sendKeys(file("consent", ".pdf", TestDocuments.pdf(2)).toString());
        Browser.submit(By.cssSelector("main form[enctype] button.button"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/events/" + id + "#documents");
        assertThat(browser.findElement(By.cssSelector("#documents .document-list__link")).getText())
                .isEqualTo("Consent form for the trip");
        Browser.script("document.getElementById('documents').scrollIntoView()");
        screenshot(browser, "event-edit-documents-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.driver().manage().deleteAllCookies();
        Browser.open(url("/events/" + slug), 375);
        var link = browser.findElement(By.cssSelector(".documents .document-list__link"));
        assertThat(link.getText()).isEqualTo("Consent form for the trip");
        assertThat(browser.findElement(By.cssSelector(".documents .document-list__meta")).getText())
                .matches("PDF, \\d+ KB");
        Browser.script("document.querySelector('.documents').scrollIntoView()");
        screenshot(browser, "event-documents-375");
        PageChecks.assertAccessibleAt(browser, 375);
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    @Test
    void aCrestIsShownOnTheSchoolsPageAndTheLogoInTheHeader() throws IOException {
        long radley = jdbc.sql("select id from school where slug = 'radley-college'").query(Long.class).single();
        WebDriver browser = Browser.signInAsCoordinator(url(""));

        Browser.open(url("/admin/schools/" + radley), 1280);
        browser.findElement(By.id("pictureFile")).sendKeys(file("crest", ".png", TestPictures.png(600, 700)).toString());
        Browser.submit(By.cssSelector("#crest button[type=submit]"));
        // No description: said by its field.
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("pictureAlt-error")).getText()).contains("Describe the picture");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        browser.findElement(By.id("pictureAlt")).sendKeys("Crest of Radley College");
        browser.findElement(By.id("pictureFile")).sendKeys(file("crest", ".png", TestPictures.png(600, 700)).toString());
        Browser.submit(By.cssSelector("#crest button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/schools/" + radley + "#crest");
        screenshot(browser, "school-edit-crest-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.open(url("/admin/settings"), 1280);
        browser.findElement(By.id("pictureFile")).sendKeys(file("logo", ".png", TestPictures.transparentPng(500, 200))
                .toString());
        browser.findElement(By.id("pictureAlt")).sendKeys("OX14 Learning Partnership logo");
        Browser.submit(By.cssSelector("#logo button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/settings#logo");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.driver().manage().deleteAllCookies();
        for (int width : new int[] {375, 1280}) {
            Browser.open(url("/schools/radley-college"), width);
            // Kept pages are forgotten when the change is heard of, a moment after it is saved.
            Browser.waitUntil(Duration.ofSeconds(5), driver -> {
                if (driver.findElements(By.cssSelector("img.school-crest")).isEmpty()) {
                    driver.navigate().refresh();
                    return false;
                }
                return true;
            });
            var crest = browser.findElement(By.cssSelector("img.school-crest"));
            assertThat(crest.getAttribute("alt")).isEqualTo("Crest of Radley College");
            assertThat(Integer.parseInt(crest.getAttribute("naturalWidth"))).isPositive();
            var logo = browser.findElement(By.cssSelector(".site-header__name img.site-header__logo"));
            assertThat(Integer.parseInt(logo.getAttribute("naturalWidth"))).isPositive();
            assertThat(browser.findElement(By.cssSelector(".site-header__name")).getText())
                    .isEqualTo("OX14 Learning Partnership");
            screenshot(browser, "school-crest-logo-" + width);
            PageChecks.assertAccessibleAt(browser, width);
        }
        PageChecks.assertAccessibleAtEveryWidth(url("/schools"));
        PageChecks.assertAccessibleAtEveryWidth(url("/"));
    }

    private static Path file(String name, String suffix, byte[] bytes) throws IOException {
        Path path = Files.createTempFile(name + "-" + UUID.randomUUID().toString().substring(0, 6), suffix);
        Files.write(path, bytes);
        return path;
    }

    /** Kept for the note of what was looked at: /tmp/docs-browser-NAME.png. */
    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.write(Path.of("/tmp/docs-browser-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
