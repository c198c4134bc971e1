package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The harness itself: each browser check fails, with a message that says what to fix, on a page that breaks
 * it, so that a green browser test means the pages were really checked. The pages are data: URLs, without the
 * application.
 */
@BrowserTest
class PageChecksTest {

    @Test
    void viewportIsExactlyTheWidthAskedFor() {
        for (int width : PublicPagesBrowserTest.WIDTHS) {
            page("<h1>Width</h1>", width);
            assertThat(Browser.script("return [window.innerWidth, window.innerHeight]"))
                    .isEqualTo(List.of((long) width, (long) Browser.HEIGHT));
        }
    }

    @Test
    void axeViolationsFailNamingTheRuleImpactAndElement() {
        WebDriver driver = Browser.open(dataUrl("<!DOCTYPE html><html><head><title>Bad</title></head><body>"
                + "<main><h1>Bad</h1><img src=\"data:,\" class=\"photo\">"
                + "<p style=\"color:#aaaaaa;background:#ffffff\">Faint text</p></main></body></html>"), 1280);

        assertThatThrownBy(() -> PageChecks.assertNoAxeViolations(driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("html-has-lang [serious]")
                .hasMessageContaining("image-alt [critical]")
                .hasMessageContaining("at img: <img src=\"data:,\" class=\"photo\">")
                .hasMessageContaining("color-contrast [serious]")
                .hasMessageContaining("Fix any of the following");
    }

    @Test
    void aPageCheckedAgainAfterAChangeIsCheckedAsItIsNow() {
        WebDriver driver = Browser.open(dataUrl("<!DOCTYPE html><html lang=\"en\"><head><title>Good</title></head>"
                + "<body><main><h1>Good</h1></main></body></html>"), 1280);
        PageChecks.assertNoAxeViolations(driver);

        Browser.script("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"data:,\">')");

        assertThatThrownBy(() -> PageChecks.assertNoAxeViolations(driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt [critical]");
    }

    @Test
    void aPageWithAFrameFailsRatherThanPassUncheckedInside() {
        WebDriver driver = Browser.open(dataUrl("<!DOCTYPE html><html lang=\"en\"><head><title>Framed</title></head>"
                + "<body><main><h1>Framed</h1><iframe title=\"Calendar\" srcdoc=\"<!DOCTYPE html><html lang='en'>"
                + "<head><title>Inside</title></head><body><img src='data:,' class='inside'></body></html>\">"
                + "</iframe></main></body></html>"), 1280);

        assertThatThrownBy(() -> PageChecks.assertNoAxeViolations(driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("has a frame, inside which axe-core is not run here");
    }

    @Test
    void sidewaysScrollingFailsNamingTheWideElement() {
        WebDriver driver = page("<h1>Wide</h1><div class=\"too-wide\" style=\"width:500px\">Wide</div>", 320);

        assertThatThrownBy(() -> PageChecks.assertNoHorizontalScroll(driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("in a 320px window")
                .hasMessageContaining("div.too-wide");
    }

    @Test
    void everyWidthCheckRunsAxeAtTheDesktopWidth() {
        String missingAlt = dataUrl("<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body><main>"
                + "<h1>Photo</h1><img src=\"data:,\" class=\"photo\"></main></body></html>");

        assertThatThrownBy(() -> PageChecks.assertAccessibleAtEveryWidth(missingAlt))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("at " + PageChecks.AXE_WIDTH + "px wide")
                .hasMessageContaining("image-alt [critical]");
    }

    @Test
    void everyWidthCheckFindsSidewaysScrollingOnAPhoneOnly() {
        String wideOnAPhone = dataUrl("<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body><main>"
                + "<h1>Wide</h1><div class=\"too-wide\" style=\"min-width:500px\">Wide</div></main></body></html>");

        assertThatThrownBy(() -> PageChecks.assertAccessibleAtEveryWidth(wideOnAPhone))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("in a 320px window")
                .hasMessageContaining("div.too-wide");
        PageChecks.assertAccessibleAt(Browser.driver(), PageChecks.AXE_WIDTH);
    }

    @Test
    void pageWithoutTitleOrHeadingFails() {
        WebDriver driver = Browser.open(dataUrl("<!DOCTYPE html><html lang=\"en\"><body><p>Hi</p></body></html>"),
                1280);

        assertThatThrownBy(() -> PageChecks.assertHasTitleAndHeading(driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no <title>");
        page("<p>No heading</p>", 1280);
        assertThatThrownBy(() -> PageChecks.assertHasTitleAndHeading(Browser.driver()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no <h1>");
    }

    @Test
    void requestToAnotherSiteFailsNamingTheAddress() {
        Browser.driver();
        Browser.forgetRequests();
        // Port 1 refuses the connection at once, but the request was still made.
        page("<h1>Elsewhere</h1><img alt=\"\" src=\"http://127.0.0.1:1/tracker.gif\">", 1280);
        List<String> requested = Browser.requestedUrls();

        assertThatThrownBy(() -> PageChecks.assertRequestsStayOn("http://localhost:8080", requested))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("http://127.0.0.1:1/tracker.gif");
    }

    @Test
    void theBrowsersOwnPagesAndInlineDataAreNotRequestsToAnotherSite() {
        PageChecks.assertRequestsStayOn("http://localhost:8080", List.of("http://localhost:8080/css/site.css",
                "data:,", "about:blank", "chrome://resources/images/icon_clear_old.svg"));
    }

    private static WebDriver page(String body, int width) {
        return Browser.open(dataUrl("<!DOCTYPE html><html lang=\"en\"><head><title>Test</title></head><body><main>"
                + body + "</main></body></html>"), width);
    }

    private static String dataUrl(String html) {
        return "data:text/html;charset=utf-8,"
                + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
