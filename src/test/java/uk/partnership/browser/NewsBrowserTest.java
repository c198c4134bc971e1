package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The news in a real browser: the public list and articles as a visitor, and the coordinator's list, the form
 * (empty, with errors, filled, previewed), the schedule page and the preview; axe (WCAG 2.2 AA) and no sideways
 * scroll at 320 and 1280 px. With {@code -Dnews.screenshots=DIR}, it also saves full-page screenshots of /news and
 * an article at 375 and 1280 px, for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewsBrowserTest extends DemoBrowserTest {

    static final List<String> PAGES = List.of(
            "/news",
            "/news?school=larkmead-school", // filtered to one school (issue 19)
            "/news/computer-science-coaching-added", // two related schools, a link in the body and two events
            "/news/student-voice-committee-sets-its-priorities", // the whole partnership, a numbered list
            "/news?page=9999", // a page without posts
            "/news/summer-sports-festival-plans"); // a draft: the not found page

    @LocalServerPort
    int port;

    static Stream<Arguments> pagesAtEveryWidth() {
        return PAGES.stream().flatMap(page -> PublicPagesBrowserTest.WIDTHS.stream().map(width -> Arguments.of(page, width)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAtEveryWidth")
    void publicNewsPageIsAccessible(String path, int width) {
        PageChecks.assertAccessibleAt(url(path), width);
    }

    @Test
    void coordinatorWritesSchedulesAndPublishesAPostAndEveryNewsAdminPageIsAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/news"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/news/new"));

        Browser.open(url("/admin/news/new"), 1280);
        Browser.submit(By.cssSelector("button[value=save]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        String title = "Browser news " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("Written in a browser test.");
        browser.findElement(By.id("body")).sendKeys("Some **bold** news.");
        browser.findElement(By.id("schoolIds")).click();
        Browser.submit(By.cssSelector("button[value=preview]"));
        assertThat(browser.findElement(By.cssSelector(".preview strong")).getText()).isEqualTo("bold");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.submit(By.cssSelector("button[value=save]"));
        String edit = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/admin"));
        assertThat(edit).matches("/admin/news/\\d+");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        PageChecks.assertAccessibleAtEveryWidth(url(edit + "/preview"));

        Browser.open(url(edit + "/schedule"), 1280);
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.script("document.getElementById('publishDate').value = '';");
        Browser.submit(By.cssSelector("form button[type=submit].button"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.script("document.getElementById('publishDate').value = arguments[0];"
                + "document.getElementById('publishTime').value = '08:00';", LocalDate.now().plusDays(3).toString());
        Browser.submit(By.cssSelector("form button[type=submit].button"));
        assertThat(browser.findElement(By.cssSelector(".panel .label")).getText()).isEqualTo("Scheduled");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.submit(By.xpath("//button[text()='Publish now']"));
        assertThat(browser.findElement(By.cssSelector(".panel .label")).getText()).isEqualTo("Published");
        browser.findElement(By.linkText("Open the public article")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
