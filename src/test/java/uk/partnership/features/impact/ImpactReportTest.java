package uk.partnership.features.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;
import uk.partnership.support.TestDatabase;

/**
 * Issue 21, reporting: the report for a term, a school year or any dates, by school, sector, category, audience and
 * year group, with the activities that brought both sectors together; each table with its SVG chart; the CSV exports
 * parsed back; the printable report; a representative's own school's figures; the headline figures on the about
 * page when the coordinator publishes them. Its events are in 2012–13, in a schema of its own, so nothing else counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImpactReportTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String COORDINATOR = ImpactRecordingTest.COORDINATOR;
    static final String RADLEY = ImpactRecordingTest.RADLEY;

    final MockMvc mvc;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final UserDetailsService accounts;
    long autumnTerm;

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry properties) {
        TestDatabase.schemaOfItsOwn(properties, "impact_report");
    }

    @Autowired
    ImpactReportTest(MockMvc mvc, JdbcClient jdbc, DataSource dataSource, UserDetailsService accounts) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @BeforeEach
    void aYearOfActivities() {
        DemoContent.load(dataSource);
        autumnTerm = jdbc.sql("select id from term_break where kind = 'TERM' and first_day = date '2012-09-04'")
                .query(Long.class).optional().orElseGet(this::made);
    }

    /** Three events of 2012–13, two of them in the autumn term, with the numbers of the schools that came. */
    private long made() {
        long science = event("Joint science day", "2012-10-10T10:00", "academic", "radley-college", "john-mason-school");
        record(science, "radley-college", 20, 10, 10, 2, 0, 0);
        record(science, "john-mason-school", 15, 15, null, 1, 4, 0);
        long evening = event("=Parents' evening", "2012-11-14T18:00", "wellbeing", "larkmead-school");
        record(evening, "larkmead-school", 0, null, null, 3, 40, 0);
        long rowing = event("Rowing", "2013-05-01T14:00", "sport", "abingdon-school");
        record(rowing, "abingdon-school", 12, null, null, 2, 0, 1);
        return jdbc.sql("""
                insert into term_break (kind, name, first_day, last_day)
                values ('TERM', 'Autumn term', date '2012-09-04', date '2012-12-20') returning id""")
                .query(Long.class).single();
    }

    @Test
    void theTermsReportAddsUpBySchoolSectorCategoryAudienceAndYearGroup() throws Exception {
        Document page = page(get("/admin/impact").param("period", "term-" + autumnTerm), COORDINATOR, 200);

        assertThat(page.select("h2.impact-period").text()).startsWith("Autumn term 2012–13")
                .contains("From Tue 4 Sept 2012 to Thu 20 Dec 2012");
        assertThat(page.select(".impact-headline__activities").text()).isEqualTo("2");
        assertThat(page.select(".impact-headline__hours").text()).isEqualTo("4");
        assertThat(page.select(".impact-headline__participants").text()).isEqualTo("85");
        assertThat(page.select(".impact-headline__students").text()).isEqualTo("35");
        assertThat(page.select(".impact-headline__cross-sector").text()).isEqualTo("1");
        assertThat(row(page, "by-school", "Radley College")).containsExactly("1", "20", "2", "0", "0", "22");
        assertThat(row(page, "by-school", "John Mason School")).containsExactly("1", "15", "1", "4", "0", "20");
        assertThat(row(page, "by-school", "Abingdon School")).containsExactly("0", "0", "0", "0", "0", "0");
        assertThat(row(page, "by-sector", "State school")).containsExactly("2", "15", "4", "44", "0", "63");
        assertThat(row(page, "by-sector", "Independent school")).containsExactly("1", "20", "2", "0", "0", "22");
        assertThat(row(page, "by-category", "Academic")).containsExactly("1", "35", "3", "4", "0", "42");
        assertThat(row(page, "by-audience", "Parents and carers")).containsExactly("44");
        assertThat(row(page, "by-year", "Year 9")).containsExactly("25");
        assertThat(row(page, "by-year", "Year 10")).containsExactly("10");
        assertThat(row(page, "by-year", "Year not given")).containsExactly("0");

        // Each table has its chart: an SVG named by its title, one bar per line of the table.
        assertThat(page.select("svg[role=img]")).hasSize(5);
        for (var chart : page.select("svg[role=img]")) {
            String title = chart.attr("aria-labelledby");
            assertThat(chart.select("title#" + title).text()).endsWith("The table below gives the same figures.");
        }
        assertThat(page.select("#by-school-heading ~ figure svg g")).hasSize(6);
        assertThat(page.select("#by-school-heading ~ figure svg text").eachText()).contains("Radley College", "22");
    }

    @Test
    void anyDatesCoverTheWholeSchoolYearAndARepresentativeSeesOnlyTheirSchool() throws Exception {
        Document all = page(get("/admin/impact").param("from", "2012-09-01").param("to", "2013-08-31"), COORDINATOR, 200);
        assertThat(all.select(".impact-headline__activities").text()).isEqualTo("3");
        assertThat(row(all, "by-category", "Sport")).containsExactly("1", "12", "2", "0", "1", "15");

        Document mine = page(get("/proposals/impact").param("from", "2012-09-01").param("to", "2013-08-31"), RADLEY, 200);
        assertThat(mine.select("h1").text()).isEqualTo("Radley College: who took part");
        assertThat(mine.select(".impact-headline__activities").text()).isEqualTo("1");
        assertThat(mine.select(".impact-headline__participants").text()).isEqualTo("22");
        assertThat(mine.select("#by-school tbody th").eachText()).containsExactly("Radley College");
        assertThat(mine.select("#by-sector")).isEmpty();
        assertThat(mine.select("a[href$=.csv]")).isEmpty();
    }

    @Test
    void aRepresentativesRecentEventsAreItsSchoolsAndThePartnershipsWhileTheCoordinatorSeesAllWithoutNumbers()
            throws Exception {
        var lately = Instant.now().minus(Duration.ofDays(3));
        long radleys = ImpactFixtures.event(jdbc, "Radley's recent lecture", lately, "academic", "radley-college");
        ImpactFixtures.event(jdbc, "Larkmead's recent concert", lately.plusSeconds(60), "academic", "larkmead-school");
        long everyones = ImpactFixtures.event(jdbc, "Everyone's recent fair", lately.plusSeconds(120), "academic");
        jdbc.sql("update event set whole_partnership = true where id = :id").param("id", everyones).update();
        record(radleys, "radley-college", 30, null, null, 2, 0, 0);

        Document mine = page(get("/proposals/impact"), RADLEY, 200);
        assertThat(mine.select(".impact-awaiting li a").eachText())
                .containsSubsequence("Everyone's recent fair", "Radley's recent lecture")
                .doesNotContain("Larkmead's recent concert");
        assertThat(mine.select(".impact-awaiting li:contains(recent lecture) .label--published")).hasSize(1);

        Document all = page(get("/admin/impact"), COORDINATOR, 200);
        assertThat(all.select(".impact-awaiting li a").eachText())
                .containsSubsequence("Everyone's recent fair", "Larkmead's recent concert")
                .doesNotContain("Radley's recent lecture");
    }

    @Test
    void aPeriodThatCannotBeReadIsRefusedByItsField() throws Exception {
        Document dates = page(get("/admin/impact").param("from", "2013-02-30").param("to", "2012-01-01"), COORDINATOR, 400);
        assertThat(dates.title()).startsWith("Error: ");
        assertThat(dates.select("#from-error").text()).contains("Enter the first day as a date");
        assertThat(dates.select("input[name=from]").val()).isEqualTo("2013-02-30");
        Document backwards = page(get("/admin/impact").param("from", "2013-02-01").param("to", "2012-01-01"), COORDINATOR, 400);
        assertThat(backwards.select("#to-error").text()).contains("The last day must be the same as or after the first day");
        Document unknown = page(get("/admin/impact").param("period", "term-999999"), COORDINATOR, 400);
        assertThat(unknown.select("#period-error").text()).contains("Choose a term or school year from the list");
        assertThat(mvc.perform(get("/admin/impact/events.csv").param("period", "nonsense")
                .with(user(accounts.loadUserByUsername(COORDINATOR)))).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theCsvOfEventsAndTheSummaryParseBack() throws Exception {
        MockHttpServletResponse events = mvc.perform(get("/admin/impact/events.csv").param("from", "2012-09-01")
                .param("to", "2013-08-31").with(user(accounts.loadUserByUsername(COORDINATOR)))).andReturn().getResponse();
        assertThat(events.getContentType()).startsWith("text/csv");
        assertThat(events.getHeader("Content-Disposition"))
                .contains("attachment").contains("impact-events-2012-09-01-to-2013-08-31.csv");
        List<CSVRecord> rows = csv(events.getContentAsString());
        assertThat(rows).hasSize(4);
        CSVRecord radley = rows.stream().filter(row -> row.get("School").equals("Radley College")).findFirst().orElseThrow();
        assertThat(radley.get("Date")).isEqualTo("2012-10-10");
        assertThat(radley.get("Starts")).isEqualTo("10:00");
        assertThat(radley.get("Event")).isEqualTo("Joint science day");
        assertThat(radley.get("Host schools")).isEqualTo("John Mason School; Radley College");
        assertThat(radley.get("Sector")).isEqualTo("Independent school");
        assertThat(radley.get("Year 9")).isEqualTo("10");
        assertThat(radley.get("Year 7")).isEmpty();
        assertThat(radley.get("Total")).isEqualTo("22");
        assertThat(rows.stream().map(row -> row.get("Event"))).as("a formula is written as text")
                .contains("'=Parents' evening");

        List<CSVRecord> summary = csv(mvc.perform(get("/admin/impact/summary.csv").param("from", "2012-09-01")
                .param("to", "2013-08-31").with(user(accounts.loadUserByUsername(COORDINATOR)))).andReturn()
                .getResponse().getContentAsString());
        CSVRecord total = summary.getFirst();
        assertThat(total.get("Section")).isEqualTo("Total");
        assertThat(total.get("Activities")).isEqualTo("3");
        assertThat(total.get("Total")).isEqualTo("100");
        assertThat(summary.stream().filter(row -> row.get("Section").equals("School") && row.get("Item").equals("Larkmead School"))
                .findFirst().orElseThrow().get("Parents and carers")).isEqualTo("40");
        assertThat(summary.stream().filter(row -> row.get("Section").equals("Both sectors")).findFirst().orElseThrow()
                .get("Activities")).isEqualTo("1");
    }

    @Test
    void thePrintableReportIsLaidOutForA4() throws Exception {
        Document print = page(get("/admin/impact/print").param("period", "term-" + autumnTerm), COORDINATOR, 200);
        assertThat(print.select("h1").text()).isEqualTo("Impact report: Autumn term 2012–13");
        assertThat(print.select(".impact-headline__activities").text()).isEqualTo("2");
        assertThat(print.select("form[method=get], .impact-periods, .impact-awaiting")).as("nothing to fill in on paper").isEmpty();
        assertThat(Files.readString(Path.of("src/main/resources/static/css/site.css"))).contains("@page { size: A4;");
    }

    @Test
    void theHeadlineFiguresAreOnTheAboutPageOnlyWhenPublished() throws Exception {
        assertThat(Jsoup.parse(mvc.perform(get("/about")).andReturn().getResponse().getContentAsString())
                .select(".about-impact")).isEmpty();
        long version = jdbc.sql("select version from impact_setting").query(Long.class).single();
        mvc.perform(post("/admin/impact/publication").with(csrf()).with(user(accounts.loadUserByUsername(COORDINATOR)))
                .param("publish", "true").param("version", String.valueOf(version)));
        String published = Jsoup.parse(mvc.perform(get("/about")).andReturn().getResponse().getContentAsString())
                .select(".about-impact").text();
        assertThat(published).matches("In \\d{4}–\\d{2}: [\\d,]+ activities, [\\d,]+ student places, .*schools\\.");
        // A page opened before that change cannot undo it.
        mvc.perform(post("/admin/impact/publication").with(csrf()).with(user(accounts.loadUserByUsername(COORDINATOR)))
                .param("publish", "false").param("version", String.valueOf(version)));
        assertThat(jdbc.sql("select publish_headline from impact_setting").query(Boolean.class).single()).isTrue();
        mvc.perform(post("/admin/impact/publication").with(csrf()).with(user(accounts.loadUserByUsername(COORDINATOR)))
                .param("publish", "false").param("version", String.valueOf(version + 1)));
        assertThat(Jsoup.parse(mvc.perform(get("/about")).andReturn().getResponse().getContentAsString())
                .select(".about-impact")).isEmpty();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private List<String> row(Document page, String table, String heading) {
        return page.select("#" + table + " tbody tr:has(th:containsOwn(" + heading + ")) td").eachText();
    }

    private Document page(MockHttpServletRequestBuilder request, String who, int status) throws Exception {
        var response = mvc.perform(request.with(user(accounts.loadUserByUsername(who)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }

    private long event(String title, String start, String category, String... hosts) {
        var starts = LocalDateTime.parse(start).atZone(LONDON).toInstant();
        return ImpactFixtures.event(jdbc, title, starts, category, hosts);
    }

    private void record(long event, String school, int students, Integer year9, Integer year10, int staff, int parents,
                        int others) {
        jdbc.sql("""
                        insert into impact_record (event_id, school_id, students, year_9, year_10, staff, parents, others,
                                                   version, updated_at)
                        values (:event, (select id from school where slug = :school), :students, :y9, :y10, :staff,
                                :parents, :others, 1, :now)""")
                .param("event", event).param("school", school).param("students", students)
                .param("y9", year9, java.sql.Types.INTEGER).param("y10", year10, java.sql.Types.INTEGER)
                .param("staff", staff).param("parents", parents).param("others", others)
                .param("now", Instant.now().atOffset(ZoneOffset.UTC)).update();
    }
}
