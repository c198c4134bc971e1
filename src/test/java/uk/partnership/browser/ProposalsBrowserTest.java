package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The proposal pages in a real browser, empty, filled and with errors, for a representative and for the
 * coordinator: axe (WCAG 2.2 AA) and no sideways scroll at 320 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalsBrowserTest extends DemoBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void representativeAndCoordinatorProposalPagesAreAccessible() {
        WebDriver browser = Browser.open(url("/login"), 1280);
        browser.findElement(By.id("email")).sendKeys("larkmead-school@ox14.example.org");
        browser.findElement(By.id("password")).sendKeys("representative demo maple");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/proposals");
        PageChecks.assertAccessibleAtEveryWidth(url("/proposals"));
        PageChecks.assertAccessibleAtEveryWidth(url("/proposals/new"));

        Browser.open(url("/proposals/new"), 1280);
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        String title = "Browser proposal " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("A quiz afternoon for Year 8.");
        browser.findElement(By.id("flexible")).click();
        browser.findElement(By.id("flexibleNote")).sendKeys("Any Thursday in spring");
        browser.findElement(By.id("audiences")).click();
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        String show = browser.getCurrentUrl();
        assertThat(show).matches(".*/proposals/\\d+$");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        String path = show.substring(show.indexOf("/proposals"));
        PageChecks.assertAccessibleAtEveryWidth(url(path + "/edit"));
        PageChecks.assertAccessibleAtEveryWidth(url("/proposals"));

        Browser.open(url(path), 1280);
        Browser.submit(By.cssSelector("form[action$='/messages'] button"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.driver().manage().deleteAllCookies();

        Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/proposals"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/proposals?status=APPROVED"));
        String admin = "/admin" + path;
        PageChecks.assertAccessibleAtEveryWidth(url(admin));
        Browser.open(url(admin), 1280);
        Browser.submit(By.cssSelector("button[value=decline]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
