package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Programme pages in a real browser: "What we do" and a page with its category's events and feed as a visitor, and
 * the coordinator's list and form (empty, with errors, previewed, saved, published) and the preview; axe (WCAG 2.2
 * AA) and no sideways scroll at 320 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammesBrowserTest extends DemoBrowserTest {

    static final List<String> PAGES = List.of(
            "/programmes",
            "/programmes/wellbeing", // follows a category: its coming events and the subscribe box
            "/programmes/peer-mentoring"); // no category

    @LocalServerPort
    int port;

    static Stream<Arguments> pagesAtEveryWidth() {
        return PAGES.stream().flatMap(page -> PublicPagesBrowserTest.WIDTHS.stream().map(width -> Arguments.of(page, width)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAtEveryWidth")
    void publicProgrammePageIsAccessible(String path, int width) {
        PageChecks.assertAccessibleAt(url(path), width);
    }

    @Test
    void coordinatorWritesPreviewsAndPublishesAPageAndEveryAdminPageIsAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/programmes"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/programmes/new"));

        Browser.open(url("/admin/programmes/new"), 1280);
        Browser.submit(By.cssSelector("button[value=save]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        String title = "Browser page " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("Written in a browser test.");
        browser.findElement(By.id("body")).sendKeys("Some **bold** text.");
        Browser.submit(By.cssSelector("button[value=preview]"));
        assertThat(browser.findElement(By.cssSelector(".preview strong")).getText()).isEqualTo("bold");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.submit(By.cssSelector("button[value=save]"));
        String edit = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/admin"));
        assertThat(edit).matches("/admin/programmes/\\d+");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        PageChecks.assertAccessibleAtEveryWidth(url(edit + "/preview"));

        Browser.open(url(edit), 1280);
        Browser.submit(By.xpath("//button[text()='Publish now']"));
        assertThat(browser.findElement(By.cssSelector(".panel .label")).getText()).isEqualTo("Published");
        browser.findElement(By.linkText("Open the public page")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
