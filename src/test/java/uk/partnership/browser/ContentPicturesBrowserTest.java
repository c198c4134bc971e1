package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.partnership.base.images.TestPictures;

/**
 * Pictures of news posts and programme pages in a real browser (issue 20): the forms with a picture kept through an
 * error, then the article, the news list, the home page, "What we do" and the programme's page with the picture
 * loaded, and programme pages with the news linked to their events and their series' dates; axe at 375 and 1280 px
 * on each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentPicturesBrowserTest extends DemoBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aNewsPostsPictureIsKeptThroughAnErrorAndShownWhereverThePostIs() throws IOException {
        Path photo = Files.createTempFile("news-photo", ".jpg");
        Files.write(photo, TestPictures.jpegWithExif(1800, 1200, 1));
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/news/new"), 1280);
        String title = "Pictured news " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("A post with a picture.");
        browser.findElement(By.id("pictureFile")).sendKeys(photo.toString());
        Browser.submit(By.cssSelector("button[value=save]"));

        // No alt text: said by its field, the picture kept and shown.
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("pictureAlt-error")).getText()).contains("Describe the picture");
        assertThat(browser.findElement(By.cssSelector(".picture-chosen img")).getAttribute("naturalWidth"))
                .isEqualTo("400");
        checkAt(browser, "news-form-errors");

        browser.findElement(By.id("pictureAlt")).sendKeys("Pupils of three schools singing");
        browser.findElement(By.id("picturePupils")).click();
        browser.findElement(By.id("pictureConsent")).click();
        Browser.submit(By.cssSelector("button[value=publish]"));
        assertThat(browser.getCurrentUrl()).matches(".*/admin/news/\\d+$");

        Browser.open(url("/news"), 375);
        assertLoaded(browser.findElement(By.cssSelector("article.news-card--picture img.news-card__picture")));
        checkAt(browser, "news-list");
        browser.findElement(By.linkText(title)).click();
        WebElement img = browser.findElement(By.cssSelector("img.page-picture"));
        assertThat(img.getAttribute("alt")).isEqualTo("Pupils of three schools singing");
        assertLoaded(img);
        checkAt(browser, "news-article");

        Browser.open(url("/"), 375);
        assertLoaded(browser.findElement(By.cssSelector("article.news-card--picture img.news-card__picture")));
        checkAt(browser, "home");
    }

    @Test
    void aProgrammePagesPictureIsShownOnItsPageAndUnderWhatWeDo() throws IOException {
        Path photo = Files.createTempFile("programme-photo", ".png");
        Files.write(photo, TestPictures.png(1200, 800));
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin/programmes/new"), 1280);
        String title = "Pictured strand " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("A strand of work with a picture.");
        browser.findElement(By.id("pictureFile")).sendKeys(photo.toString());
        browser.findElement(By.id("pictureAlt")).sendKeys("Mentors and mentees in the library");
        Browser.submit(By.cssSelector("button[value=publish]"));
        assertThat(browser.getCurrentUrl()).matches(".*/admin/programmes/\\d+$");
        checkAt(browser, "programme-form-saved");

        Browser.open(url("/programmes"), 375);
        assertLoaded(browser.findElement(By.cssSelector("li.programme-card--picture img.programme-card__picture")));
        checkAt(browser, "programmes-list");
        browser.findElement(By.linkText(title)).click();
        WebElement img = browser.findElement(By.cssSelector("img.page-picture"));
        assertThat(img.getAttribute("alt")).isEqualTo("Mentors and mentees in the library");
        assertLoaded(img);
        checkAt(browser, "programme-page");

        // A page following a category lists the news linked to its events; one following a series, its dates.
        Browser.open(url("/programmes/academic-coaching"), 375);
        assertThat(browser.findElement(By.id("programme-news-heading")).getText()).isEqualTo("Latest news");
        checkAt(browser, "programme-with-news");
        Browser.open(url("/programmes/peer-mentoring"), 375);
        assertThat(browser.findElements(By.cssSelector(".programme-events .event-card"))).isNotEmpty();
        checkAt(browser, "programme-with-series");
    }

    private static void assertLoaded(WebElement img) {
        // Lazy pictures below the fold load when scrolled to.
        Browser.script("arguments[0].scrollIntoView()", img);
        Browser.waitUntil(java.time.Duration.ofSeconds(5),
                driver -> Integer.parseInt(img.getAttribute("naturalWidth")) > 0);
    }

    /** axe and the layout checks at 375 and 1280 px, with a screenshot of each: /tmp/pages-pictures-NAME-W.png. */
    private static void checkAt(WebDriver browser, String name) throws IOException {
        for (int width : new int[] {375, 1280}) {
            Browser.resize(width);
            PageChecks.assertAccessible(browser);
            Files.write(Path.of("/tmp/pages-pictures-" + name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
