package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.support.DemoContent;

/**
 * The coordinator's school and category pages in a real browser, each at 320 and 1280 px, in their empty,
 * filled, error and conflict states: axe-core (WCAG 2.2 AA), no sideways scrolling, a title and an h1. Error
 * states must have a title starting "Error:" and an error summary whose links land on the fields.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolAndCategoryAdminBrowserTest {

    static final List<Integer> WIDTHS = PublicPagesBrowserTest.WIDTHS;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void demoContent(@Autowired DataSource dataSource) {
        DemoContent.load(dataSource);
    }

    @AfterEach
    void forgetTheSession() {
        Browser.driver().manage().deleteAllCookies();
    }

    @Test
    void schoolPagesAreAccessibleEmptyFilledAndWithErrors() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/schools"));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/schools/new"));

        Browser.open(url("/admin/schools/new"), 1280);
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertErrorState(browser, "#name");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        String name = "Browser Academy " + suffix();
        Browser.open(url("/admin/schools/new"), 1280);
        type(browser, "name", name);
        browser.findElement(By.id("sector")).click();
        type(browser, "website", "https://academy.example.org/");
        type(browser, "address", "1 Ock Street, Abingdon OX14 5AL");
        type(browser, "description", "A school made by the browser test.");
        type(browser, "colour", "#777777");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertErrorState(browser, "#colour");
        assertThat(browser.findElement(By.id("colour-error")).getText()).contains("4.4:1");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo(name);
        PageChecks.assertAccessibleAtEveryWidth(browser);

        type(browser, "colour", "#174a7c");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/schools");
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains(name);
        PageChecks.assertAccessibleAtEveryWidth(browser);

        long id = jdbc.sql("select id from school where name = :name").param("name", name).query(Long.class).single();
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/schools/" + id));

        Browser.open(url("/admin/schools/" + id), 1280);
        type(browser, "slug", "Not a slug");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertErrorState(browser, "#slug");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.open(url("/admin/schools/" + id), 1280);
        type(browser, "name", name + " (changed)");
        jdbc.sql("update school set version = version + 1, updated_by = 'Kim Lee', updated_at = now() where id = :id")
                .param("id", id).update();
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice--warning")).getText()).startsWith("Kim Lee saved this");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo(name + " (changed)");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }

    @Test
    void categoryPagesAreAccessibleEmptyFilledAndWithErrors() {
        WebDriver browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/categories"));

        Browser.open(url("/admin/categories"), 1280);
        Browser.submit(By.cssSelector("form#add button[type=submit]"));
        assertErrorState(browser, "#name");
        assertThat(browser.getCurrentUrl()).as("the page opens at the add form").endsWith("/admin/categories#add");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        String name = "Browser club " + suffix();
        Browser.open(url("/admin/categories"), 1280);
        type(browser, "name", name);
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.submit(By.cssSelector("form#add button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText()).contains(name);
        long id = jdbc.sql("select id from category where name = :name").param("name", name).query(Long.class).single();

        Browser.submit(By.cssSelector("#category-" + id + " form[action$=retire] button"));
        assertThat(browser.findElement(By.cssSelector("#category-" + id)).getText()).contains("Retired");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        PageChecks.assertAccessibleAtEveryWidth(url("/admin/categories/" + id));
        Browser.open(url("/admin/categories/" + id), 1280);
        type(browser, "slug", "Not a slug");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertErrorState(browser, "#slug");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.open(url("/admin/categories/" + id), 1280);
        type(browser, "name", name + " (renamed)");
        jdbc.sql("update category set version = version + 1, updated_by = 'Kim Lee', updated_at = now() where id = :id")
                .param("id", id).update();
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".notice--warning")).getText()).startsWith("Kim Lee saved this");
        PageChecks.assertAccessibleAtEveryWidth(browser);
    }


    private static void type(WebDriver browser, String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }


    private static void assertErrorState(WebDriver browser, String linkedField) {
        assertThat(browser.getTitle()).as(() -> "an error page, but it says: "
                + browser.findElement(By.tagName("main")).getText()).startsWith("Error: ");
        var summaryLinks = browser.findElements(By.cssSelector(".error-summary a"));
        assertThat(summaryLinks).extracting(link -> link.getDomAttribute("href")).contains(linkedField);
        for (var link : summaryLinks) {
            String target = link.getDomAttribute("href").substring(1);
            assertThat(browser.findElements(By.id(target))).as("summary link #" + target + " lands on a field")
                    .isNotEmpty();
        }
        assertThat(browser.findElements(By.cssSelector(".error-message"))).isNotEmpty();
    }



    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
