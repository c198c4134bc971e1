package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.base.mail.MailOutboxWorker;
import uk.partnership.base.mail.ReceivedMail;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;

/**
 * The account pages in a real browser, in their empty, error and signed-in states, each at 320 and 1280 px:
 * axe-core (WCAG 2.2 AA), no sideways scrolling, a title and an h1. Error states must have a title starting
 * "Error:" and an error summary whose links point at the fields.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountPagesBrowserTest {

    static final List<Integer> WIDTHS = PublicPagesBrowserTest.WIDTHS;

    @LocalServerPort
    int port;

    @Autowired
    MailOutboxWorker outbox;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void demoAccounts(@Autowired DataSource dataSource) {
        DemoContent.load(dataSource);
    }

    @AfterEach
    void forgetTheSession() {
        Browser.driver().manage().deleteAllCookies();
    }

    @Test
    void pagesBeforeSigningInAreAccessible() {
        for (String path : List.of("/login", "/password/forgot", "/password/forgot/sent", "/password/reset/not-a-token",
                "/invitations/not-a-token")) {
            PageChecks.assertAccessibleAtEveryWidth(url(path));
        }
    }

    @Test
    void signInErrorStateFollowsTheErrorPattern() {
        WebDriver browser = Browser.open(url("/login"), 1280);
        browser.findElement(By.id("email")).sendKeys("someone@example.org");
        Browser.submit(By.cssSelector("main form button[type=submit]"));

        assertErrorState(browser, "#password");
        assertThat(browser.findElement(By.id("email")).getDomProperty("value")).isEqualTo("someone@example.org");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    @Test
    void forgottenPasswordErrorStateFollowsTheErrorPattern() {
        WebDriver browser = Browser.open(url("/password/forgot"), 1280);
        browser.findElement(By.id("email")).sendKeys("not an address");
        Browser.submit(By.cssSelector("main form button[type=submit]"));

        assertErrorState(browser, "#email");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    @Test
    void coordinatorPagesAreAccessibleSignedIn() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        for (String path : List.of("/admin", "/admin/users", "/admin/users/1", "/account")) {
            PageChecks.assertAccessibleAtEveryWidth(url(path));
        }

        Browser.open(url("/admin/users"), 1280);
        browser.findElement(By.id("email")).sendKeys("jessica.burns@ox14.example.org");
        Browser.submit(By.cssSelector("form.panel button[type=submit]"));
        assertErrorState(browser, "#email");
        assertThat(browser.getCurrentUrl()).as("the page opens at the invite form").endsWith("/admin/users#invite");
        for (var link : browser.findElements(By.cssSelector(".error-summary a"))) {
            String target = link.getDomAttribute("href").substring(1);
            assertThat(browser.findElements(By.id(target))).as("summary link #" + target + " lands on a field")
                    .isNotEmpty();
        }
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.open(url("/account"), 1280);
        browser.findElement(By.id("currentPassword")).sendKeys("wrong");
        browser.findElement(By.id("newPassword")).sendKeys("short");
        browser.findElement(By.id("confirmPassword")).sendKeys("short");
        Browser.submit(By.cssSelector("form[action^='/account/password'] button"));
        assertErrorState(browser, "#currentPassword");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    @Test
    void invitationPageAndItsErrorStateAreAccessible() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        Browser.open(url("/admin/users"), 1280);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("role")).click();
        Browser.submit(By.cssSelector("form.panel button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains(email);
        browser.manage().deleteAllCookies();

        Matcher link = Pattern.compile("/invitations/[A-Za-z0-9_-]+").matcher(mailTo(email).getFirst().text());
        assertThat(link.find()).isTrue();
        PageChecks.assertAccessibleAtEveryWidth(url(link.group()));

        Browser.open(url(link.group()), 1280);
        browser.findElement(By.id("name")).sendKeys("Browser Person");
        browser.findElement(By.id("newPassword")).sendKeys("password");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertErrorState(browser, "#newPassword");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Browser Person");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    @Test
    void resetPageAndItsErrorStateAreAccessible() {
        String email = "st-helen-and-st-katharine@ox14.example.org";
        WebDriver browser = Browser.open(url("/password/forgot"), 1280);
        browser.findElement(By.id("email")).sendKeys(email);
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/password/forgot/sent");

        Matcher link = Pattern.compile("/password/reset/[A-Za-z0-9_-]+")
                .matcher(mailTo(email).getLast().text());
        assertThat(link.find()).isTrue();
        PageChecks.assertAccessibleAtEveryWidth(url(link.group()));

        Browser.open(url(link.group()), 1280);
        browser.findElement(By.id("newPassword")).sendKeys("a perfectly fine passphrase");
        browser.findElement(By.id("confirmPassword")).sendKeys("a different passphrase");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertErrorState(browser, "#confirmPassword");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }



    @Test
    void dashboardListingMailThatIsNotSentIsAccessible() {
        String retrying = "retrying-" + UUID.randomUUID() + "@example.org";
        String givenUp = "given-up-" + UUID.randomUUID() + "@a-very-long-domain-name-of-a-school.example.org";
        // Failing for three hours; put off far enough that no test's worker tries them meanwhile.
        jdbc.sql("""
                insert into mail_outbox (template, recipient, subject, text_body, html_body, created_at, due_at,
                    attempts, first_failed_at, last_error, last_error_kind, given_up_at)
                values ('invitation', :retrying, 's', 't', 'h', now() - interval '3 hours', now() + interval '30 days',
                        7, now() - interval '3 hours', 'Connection refused', 'UNREACHABLE', null),
                       ('password-changed', :givenUp, null, null, null, now() - interval '2 days', now(),
                        30, now() - interval '2 days', '535 Authentication failed', 'AUTHENTICATION', now())
                """).param("retrying", retrying).param("givenUp", givenUp).update();
        try {
            WebDriver browser = Browser.signInAsCoordinator(url(""));
            Browser.open(url("/admin"), 1280);
            String listed = browser.findElement(By.cssSelector(".failing-mail")).getText();
            assertThat(listed).contains("E-mail that has not been sent", retrying, givenUp, "Invitation",
                    "The site could not reach the mail server.", "Given up: it will not be sent.");
            PageChecks.assertAccessibleAtEveryWidth(browser);
        } finally {
            jdbc.sql("delete from mail_outbox where recipient in (:retrying, :givenUp)")
                    .param("retrying", retrying).param("givenUp", givenUp).update();
        }
    }

    private static void assertErrorState(WebDriver browser, String linkedField) {
        assertThat(browser.getTitle()).as(() -> "an error page, but it says: "
                + browser.findElement(By.tagName("main")).getText()).startsWith("Error: ");
        var summaryLinks = browser.findElements(By.cssSelector(".error-summary a"));
        assertThat(summaryLinks).isNotEmpty();
        assertThat(summaryLinks).extracting(link -> link.getDomAttribute("href")).contains(linkedField);
        assertThat(browser.findElements(By.cssSelector(".error-message"))).isNotEmpty();
    }



    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The mail this address has received, once the outbox has sent what is due. */
    private List<ReceivedMail> mailTo(String email) {
        Outbox.drain(outbox);
        return MailCatcher.receivedBy(email);
    }
}
