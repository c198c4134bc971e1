package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The proposal pages in a real browser, empty, filled and with errors, for a representative and for the
 * coordinator: axe (WCAG 2.2 AA) and no sideways scroll at 320 and 1280 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposalsBrowserTest extends DemoBrowserTest {

    @LocalServerPort
    int port;

    final JdbcClient jdbc;

    @Autowired
    ProposalsBrowserTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
        Browser.submit(By.id("proposal-submit"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        String title = "Browser proposal " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("A quiz afternoon for Year 8.");
        browser.findElement(By.id("flexible")).click();
        browser.findElement(By.id("flexibleNote")).sendKeys("Any Thursday in spring");
        browser.findElement(By.id("audiences")).click();
        Browser.submit(By.id("proposal-submit"));
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

    /**
     * Issue 19's states: date rows with errors and one added; the representative's next step after changes are
     * requested; the review page with the proposal first; the draft's coordinator-only notes and its refused
     * publication; the dashboard flagging a proposal waiting too long.
     */
    @Test
    void proposalDatesNextStepsAndRemindersAreAccessible() {
        WebDriver browser = Browser.open(url("/login"), 1280);
        browser.findElement(By.id("email")).sendKeys("larkmead-school@ox14.example.org");
        browser.findElement(By.id("password")).sendKeys("representative demo maple");
        Browser.submit(By.cssSelector("main form button[type=submit]"));

        Browser.open(url("/proposals/new"), 1280);
        String title = "Dated proposal " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("description")).sendKeys("A chess afternoon.");
        LocalDate first = LocalDate.now().plusMonths(2);
        setValue("dates[0].day", first.toString());
        setValue("dates[0].starts", "16:00");
        setValue("dates[0].ends", "17:30");
        setValue("dates[1].day", LocalDate.now().minusDays(1).toString());
        setValue("dates[1].starts", "17:00");
        setValue("dates[1].ends", "16:00");
        Browser.submit(By.cssSelector("button[name=addDate]"));
        assertThat(browser.findElements(By.cssSelector("input[type=date]"))).hasSize(4);
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.submit(By.id("proposal-submit"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("dates[1].ends-error")).getText()).contains("The end time must be after the start time");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        setValue("dates[1].day", "");
        setValue("dates[1].starts", "");
        setValue("dates[1].ends", "");
        Browser.submit(By.id("proposal-submit"));
        String show = browser.getCurrentUrl();
        assertThat(show).matches(".*/proposals/\\d+$");
        String path = show.substring(show.indexOf("/proposals"));
        long id = Long.parseLong(path.substring("/proposals/".length()));
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.driver().manage().deleteAllCookies();

        Browser.signInAsCoordinator(url(""));
        Browser.open(url("/admin" + path), 1280);
        browser.findElement(By.id("message")).sendKeys("Please name the room.");
        Browser.submit(By.cssSelector("button[value=changes]"));
        Browser.driver().manage().deleteAllCookies();

        browser = Browser.open(url("/login"), 1280);
        browser.findElement(By.id("email")).sendKeys("larkmead-school@ox14.example.org");
        browser.findElement(By.id("password")).sendKeys("representative demo maple");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        Browser.open(url(path), 1280);
        assertThat(browser.findElement(By.cssSelector(".next-step blockquote")).getText()).isEqualTo("Please name the room.");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.submit(By.cssSelector("form[action$='/resubmit'] button"));
        Browser.driver().manage().deleteAllCookies();

        Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin" + path));
        Browser.open(url("/admin" + path), 1280);
        Browser.submit(By.cssSelector("button[value=approve]"));
        assertThat(browser.findElements(By.cssSelector(".origin-notes li"))).isNotEmpty();
        PageChecks.assertAccessibleAtEveryWidth(browser);

        // A flexible proposal's draft: publishing it is refused by its date field.
        jdbc.sql("update event set date_to_set = true where id = (select event_id from proposal where id = :id)")
                .param("id", id).update();
        Browser.open(browser.getCurrentUrl(), 1280);
        Browser.submit(By.cssSelector("form[action$='/publish'] button"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("startDate-error")).getText()).contains("Set the date before publishing");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        // A proposal waiting since long ago is flagged on the dashboard.
        jdbc.sql("""
                        insert into proposal (school_id, title, description, status, created_at, updated_at, awaiting_since)
                        select id, 'Long wait', 'Text', 'SUBMITTED', now() - interval '30 days', now() - interval '30 days',
                            now() - interval '30 days' from school order by id limit 1
                        """).update();
        Browser.open(url("/admin"), 1280);
        assertThat(browser.findElement(By.cssSelector(".overdue-proposals h2")).getText()).isEqualTo("Proposals waiting too long");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.driver().manage().deleteAllCookies();
    }

    /** Sets a date or time box as a picker would (typing into them depends on the browser's locale). */
    private static void setValue(String id, String value) {
        ((JavascriptExecutor) Browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
