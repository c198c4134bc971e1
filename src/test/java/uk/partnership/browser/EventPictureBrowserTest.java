package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.partnership.base.images.TestPictures;

/**
 * An event's picture in a real browser (issue 20): the form with a picture kept and its errors, the public page
 * with the picture loaded (CSP img-src 'self' allows it) and the upcoming list's card; axe at 320 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventPictureBrowserTest extends DemoBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aPictureIsUploadedKeptThroughAnErrorAndShownOnThePublicPage() throws IOException {
        Path photo = Files.createTempFile("event-photo", ".jpg");
        Files.write(photo, TestPictures.jpegWithExif(1800, 1200, 1));
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/events/new"), 1280);
        String title = "Pictured " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("An event with a picture.");
        Browser.script("document.getElementById('startDate').value = '" + LocalDate.now().plusDays(1) + "';"
                + "document.getElementById('startTime').value = '16:00';"
                + "document.getElementById('endTime').value = '17:30';");
        browser.findElement(By.id("hostSchoolIds")).click();
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        browser.findElement(By.id("pictureFile")).sendKeys(photo.toString());
        browser.findElement(By.id("picturePupils")).click();
        Browser.submit(By.cssSelector("button[value=save]"));

        // No alt text, no consent: both said by their fields, the picture kept and shown.
        assertThat(browser.getTitle()).as(browser.findElement(By.tagName("main")).getText()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("pictureAlt-error")).getText()).contains("Describe the picture");
        assertThat(browser.findElement(By.id("pictureConsent-error")).getText()).contains("Confirm");
        assertThat(browser.findElement(By.cssSelector(".picture-chosen img")).getAttribute("naturalWidth"))
                .isEqualTo("400");
        screenshot(browser, "form-errors-1280");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        browser.findElement(By.id("pictureAlt")).sendKeys("Pupils of three schools on the stage");
        browser.findElement(By.id("pictureConsent")).click();
        Browser.submit(By.cssSelector("button[value=publish]"));
        assertThat(browser.getCurrentUrl()).matches(".*/admin/events/\\d+$");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.open(url("/events/list"), 375);
        browser.findElement(By.linkText(title)).click();
        var img = browser.findElement(By.cssSelector("img.event-picture"));
        assertThat(img.getAttribute("alt")).isEqualTo("Pupils of three schools on the stage");
        assertThat(Integer.parseInt(img.getAttribute("naturalWidth"))).isPositive();
        screenshot(browser, "event-375");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        PageChecks.assertAccessibleAtEveryWidth(url("/events/list"));
    }

    /** Kept for the note of what was looked at: /tmp/pictures-browser-NAME.png. */
    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.write(Path.of("/tmp/pictures-browser-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
