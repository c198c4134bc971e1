package uk.partnership.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 21's journey in Chromium: an event held at two schools, each school's representative records its numbers
 * (a refused box first), the coordinator reads the term's report with its charts, and the CSV of events, fetched by
 * the signed-in browser, parses back with the numbers typed. Every page state is checked with axe at 320 and 1280 px.
 * Its term and event are in 2010, long before anything else the browser tests make, so the term's figures are only
 * this journey's; it shares the browser tests' application rather than starting one on a schema of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImpactBrowserTest extends DemoBrowserTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;

    final JdbcClient jdbc;

    @Autowired
    ImpactBrowserTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    void twoSchoolsRecordTheirNumbersAndTheTermsReportAndCsvShowThem() throws Exception {
        long term = jdbc.sql("""
                insert into term_break (kind, name, first_day, last_day)
                values ('TERM', 'Autumn term', date '2010-09-06', date '2010-12-17') returning id""")
                .query(Long.class).single();
        // A category with a long name, retired so that no other test's filters offer it: its chart label is wrapped.
        jdbc.sql("""
                insert into category (name, slug, position, retired)
                values ('Careers, apprenticeships and higher education evenings for families', 'careers-evenings-2010',
                        99, true)""").update();
        long event = jdbc.sql("""
                        insert into event (title, slug, all_day, starts_at, ends_at, category_id, status, audiences,
                                           year_groups)
                        values ('Joint robotics club', 'joint-robotics-club-2010', false, :start, :end,
                                (select id from category where slug = 'careers-evenings-2010'), 'PUBLISHED',
                                '{STUDENTS}', '{9}')
                        returning id""")
                .param("start", LocalDateTime.parse("2010-10-12T16:00").atZone(LONDON).toOffsetDateTime())
                .param("end", LocalDateTime.parse("2010-10-12T17:30").atZone(LONDON).toOffsetDateTime())
                .query(Long.class).single();
        jdbc.sql("""
                insert into event_host (event_id, school_id)
                select :event, id from school where slug in ('radley-college', 'john-mason-school')""")
                .param("event", event).update();

        WebDriver browser = signInAs("radley-college@ox14.example.org");
        String form = "/proposals/impact/events/" + event;
        Browser.open(url(form), 1280);
        PageChecks.assertAccessibleAtEveryWidth(browser);
        browser.findElement(By.id("students")).sendKeys("lots");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElement(By.id("students-error")).getText()).contains("Enter a whole number, like 12");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshot(browser, "numbers-error-375", 375);
        type(browser, "students", "18");
        type(browser, "year9", "18");
        type(browser, "staff", "2");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/proposals/impact");
        assertThat(browser.findElement(By.cssSelector(".notice--success")).getText())
                .isEqualTo("The numbers of Radley College have been saved.");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.open(url("/proposals/impact?period=term-" + term), 1280);
        assertThat(browser.findElement(By.cssSelector(".impact-headline__participants")).getText()).isEqualTo("20");
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.driver().manage().deleteAllCookies();

        browser = signInAs("john-mason-school@ox14.example.org");
        Browser.open(url(form), 1280);
        type(browser, "students", "22");
        type(browser, "parents", "6");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/proposals/impact");
        Browser.driver().manage().deleteAllCookies();

        browser = Browser.signInAsCoordinator(url(""));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin"));
        String report = "/admin/impact?period=term-" + term;
        Browser.open(url(report), 1280);
        assertThat(browser.findElement(By.cssSelector("h2.impact-period")).getText()).startsWith("Autumn term 2010–11");
        assertThat(browser.findElement(By.cssSelector(".impact-headline__activities")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector(".impact-headline__participants")).getText()).isEqualTo("48");
        assertThat(browser.findElement(By.cssSelector(".impact-headline__cross-sector")).getText()).isEqualTo("1");
        assertThat(browser.findElements(By.cssSelector("svg[role=img]"))).hasSize(5);
        assertThat(textOutsideItsChart()).as("chart text cut off by the picture's edges").isEmpty();
        PageChecks.assertAccessibleAtEveryWidth(browser);
        screenshot(browser, "report-1280", 1280);
        screenshot(browser, "report-375", 375);
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/impact/events/" + event));
        PageChecks.assertAccessibleAtEveryWidth(url("/admin/impact/print?period=term-" + term));
        Browser.open(url("/admin/impact"), 1280);
        PageChecks.assertAccessibleAtEveryWidth(browser);
        Browser.open(url("/admin/impact?from=2010-13-01&to=2010-12-31"), 1280);
        assertThat(browser.getTitle()).startsWith("Error: ");
        PageChecks.assertAccessibleAtEveryWidth(browser);

        Browser.open(url(report), 1280);
        String csv = (String) Browser.script("return fetch(arguments[0]).then(answer => answer.text())",
                "/admin/impact/events.csv?period=term-" + term);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(row -> row.get("School")).containsExactlyInAnyOrder("Radley College",
                "John Mason School");
        CSVRecord radley = rows.stream().filter(row -> row.get("School").equals("Radley College")).findFirst().orElseThrow();
        assertThat(radley.get("Event")).isEqualTo("Joint robotics club");
        assertThat(radley.get("Date")).isEqualTo("2010-10-12");
        assertThat(radley.get("Students")).isEqualTo("18");
        assertThat(radley.get("Year 9")).isEqualTo("18");
        assertThat(radley.get("Staff")).isEqualTo("2");
        assertThat(radley.get("Total")).isEqualTo("20");
        CSVRecord johnMason = rows.stream().filter(row -> row.get("School").equals("John Mason School")).findFirst()
                .orElseThrow();
        assertThat(johnMason.get("Parents and carers")).isEqualTo("6");
        assertThat(johnMason.get("Sector")).isEqualTo("State school");
    }

    /** The texts of the page's charts that reach beyond their picture's left or right edge (in its own units). */
    @SuppressWarnings("unchecked")
    private static List<String> textOutsideItsChart() {
        return (List<String>) Browser.script("""
                return [...document.querySelectorAll('svg.chart__picture')].flatMap(svg => {
                  const width = svg.viewBox.baseVal.width;
                  return [...svg.querySelectorAll('text')]
                      .filter(text => { const box = text.getBBox(); return box.x < 0 || box.x + box.width > width; })
                      .map(text => text.textContent);
                });""");
    }

    private WebDriver signInAs(String email) {
        WebDriver browser = Browser.open(url("/login"), 1280);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("representative demo maple");
        Browser.submit(By.cssSelector("main form button[type=submit]"));
        return browser;
    }

    private static void type(WebDriver browser, String field, String value) {
        var box = browser.findElement(By.id(field));
        box.clear();
        box.sendKeys(value);
    }

    private static void screenshot(WebDriver browser, String name, int width) throws IOException {
        Browser.resize(width);
        Files.write(Path.of("/tmp/impact-browser-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
