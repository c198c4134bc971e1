package uk.partnership.base.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Types;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StoppedClock;

/**
 * Term dates: the coordinator's screen in the site settings (validation, audit, optimistic locking, who may use
 * it) and the public /term-dates page, on PostgreSQL, with the demo's 2026-27 holidays and the clock on Wed 23 Dec
 * 2026, in the Christmas holiday. Each test is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@StoppedClock("2026-12-23T12:00:00Z")
@WithUserDetails(value = SettingsAdminTest.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class TermDatesTest {

    static final String ADMIN = "/admin/settings/term-dates";
    static final String MINE = "/proposals/term-dates";

    private final MockMvc mvc;

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    @Autowired
    TermDatesTest(MockMvc mvc, DataSource dataSource, JdbcClient jdbc) {
        this.mvc = mvc;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The demo partnership, with exactly the demo's holidays whatever other tests have saved. */
    @BeforeEach
    void demoTermDates() {
        DemoContent.load(dataSource);
        jdbc.sql("delete from term_break").update();
        insert("October half term", "2026-10-24", "2026-11-01");
        insert("Christmas holiday", "2026-12-19", "2027-01-03");
        insert("February half term", "2027-02-13", "2027-02-21");
        insert("Easter holiday", "2027-03-27", "2027-04-11");
        insert("May half term", "2027-05-29", "2027-06-06");
        insert("Summer holiday", "2027-07-22", "2027-08-31");
    }

    @Test
    void publicPageShowsThisSchoolYearsTermsHolidaysAndInsetDaysInOrderWithTheCurrentOneMarkedAndNoCookie()
            throws Exception {
        insert("October half term", "2027-10-23", "2027-10-31");
        insert("TERM", null, "Spring term", "2027-01-04", "2027-03-26");
        insert("INSET", null, "Partnership INSET day", "2027-02-05", "2027-02-05");
        insert("TERM", null, "Autumn term", "2025-09-03", "2025-12-18");

        var result = mvc.perform(get("/term-dates").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());

        assertThat(page.title()).startsWith("Term dates");
        assertThat(page.select("h2").eachText()).containsExactly("School year 2026–27", "School year 2027–28",
                "Add the term dates to your calendar");
        assertThat(page.select(".subscribe a").eachAttr("href")).contains("webcal://localhost:8080/term-dates.ics");
        // The whole school year, the holidays gone included; last year's term is not.
        assertThat(page.select("table").first().select("tbody tr td:first-child").eachText()).containsExactly(
                "October half term Holiday", "Christmas holiday Holiday Now", "Spring term Term Events this term (Spring term)",
                "Partnership INSET day INSET day", "February half term Holiday", "Easter holiday Holiday",
                "May half term Holiday", "Summer holiday Holiday");
        assertThat(page.text()).doesNotContain("2025");
        Element christmas = page.select("tbody tr").get(1);
        assertThat(christmas.select("time").eachText()).containsExactly("Sat 19 Dec 2026", "Sun 3 Jan 2027");
        assertThat(christmas.select("time").eachAttr("datetime")).containsExactly("2026-12-19", "2027-01-03");
        // On a phone the cells stack under no column heading: each date says which it is.
        assertThat(christmas.select("td[data-label]").eachAttr("data-label")).containsExactly("First day", "Last day");
        assertThat(page.select("tbody tr").get(2).select("time").eachText())
                .containsExactly("Mon 4 Jan 2027", "Fri 26 Mar 2027");
        // No school keeps its own dates here, so none is listed.
        assertThat(page.select(".term-dates__schools")).isEmpty();
        assertThat(page.select("table").last().text()).contains("October half term", "Sat 23 Oct 2027");
    }

    @Test
    void publicPageSaysSoWhenNoTermDatesArePublished() throws Exception {
        jdbc.sql("delete from term_break").update();

        Document page = page(get("/term-dates").with(anonymous()), 200);

        assertThat(page.select(".empty").text()).isEqualTo("No term dates have been published yet.");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void everyPublicPageLinksToTheTermDatesAndTheSitemapListsThem() throws Exception {
        Document home = page(get("/").with(anonymous()), 200);
        assertThat(home.select("footer a[href=/term-dates]").text()).isEqualTo("Term dates");
        String sitemap = mvc.perform(get("/sitemap.xml").with(anonymous())).andReturn().getResponse().getContentAsString();
        assertThat(sitemap).contains("<loc>http://localhost:8080/term-dates</loc>");
    }

    @Test
    void settingsAndDashboardLinkToTheTermDatesScreen() throws Exception {
        assertThat(page(get("/admin/settings"), 200).select("a[href=" + ADMIN + "]")).hasSize(1);
        assertThat(page(get("/admin"), 200).select("a[href=" + ADMIN + "]")).hasSize(1);
    }

    @Test
    void coordinatorSeesEveryEntryInOrderWithItsKindAndWhoseItIs() throws Exception {
        insert("TERM", schoolId("abingdon-school"), "Lent term", "2027-01-06", "2027-03-19");
        Document page = page(get(ADMIN), 200);

        assertThat(page.select("h1").text()).isEqualTo("Term dates");
        assertThat(page.select("tbody tr td:first-child").eachText()).containsExactly("October half term Holiday",
                "Christmas holiday Holiday", "Lent term Term", "February half term Holiday", "Easter holiday Holiday",
                "May half term Holiday", "Summer holiday Holiday");
        assertThat(page.select("tbody tr td:nth-child(2)").eachText()).containsExactly("All schools", "All schools",
                "Abingdon School", "All schools", "All schools", "All schools", "All schools");
        assertThat(page.select("form#add input[name=kind]").eachAttr("value")).containsExactly("TERM", "HOLIDAY", "INSET");
        assertThat(page.select("form#add input[name=kind][checked]").val()).isEqualTo("HOLIDAY");
        assertThat(page.select("form#add select#school option").eachText()).startsWith("All schools (the shared dates)")
                .contains("Abingdon School");
        assertThat(page.select("form#add input[name=_csrf]")).hasSize(1);
    }

    @Test
    void addingAHolidaySavesItAndRecordsWhoDidIt() throws Exception {
        mvc.perform(add("Autumn half term", "2027-10-23", "31/10/2027"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(ADMIN + "#main"))
                .andExpect(flash().attribute("saved", "admin.termDates.added"))
                .andExpect(flash().attribute("savedArgument", "Autumn half term"));

        assertThat(jdbc.sql("select first_day || ' ' || last_day from term_break where name = 'Autumn half term'")
                .query(String.class).single()).isEqualTo("2027-10-23 2027-10-31");
        assertThat(jdbc.sql("""
                        select actor_email || ' ' || action || ': ' || item_label || ' ' || changes::text
                        from audit_entry where item_type = 'term date' and item_label = 'Autumn half term'""")
                .query(String.class).single())
                .startsWith("jessica.burns@ox14.example.org created term date: Autumn half term")
                .contains("2027-10-31");
    }

    @Test
    void aHolidayWithProblemsIsRefusedWithAMessageByEachFieldAndWhatWasTypedKept() throws Exception {
        Document page = page(add(" ", "31/02/2027", ""), 400);

        assertThat(page.title()).startsWith("Error: Term dates");
        assertThat(page.select(".error-summary a").eachText()).containsExactly(
                "Enter the name, for example Spring term", "The first day must be a real date, for example 19/12/2026",
                "Enter the last day");
        assertThat(page.select("#firstDay-error").text()).contains("The first day must be a real date");
        assertThat(page.select("#lastDay-error").text()).contains("Enter the last day");
        assertThat(page.select("input#firstDay").val()).isEqualTo("31/02/2027");
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void theLastDayCannotBeBeforeTheFirst() throws Exception {
        Document page = page(add("Backwards week", "2027-10-31", "2027-10-23"), 400);

        assertThat(page.select("#lastDay-error").text())
                .contains("The last day must be the same as or after the first day");
        assertThat(page.select("input#name").val()).isEqualTo("Backwards week");
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void aHolidayLongerThanTenWeeksIsRefusedByItsLastDay() throws Exception {
        Document page = page(add("Gap years", "2027-09-01", "2029-09-01"), 400);

        assertThat(page.select("#lastDay-error").text()).contains("A holiday can be at most 10 weeks long");
        assertThat(page.select("input#lastDay").val()).isEqualTo("2029-09-01");
        assertThat(count()).isEqualTo(6);
        mvc.perform(add("Ten-week summer", "2028-07-20", "2028-09-28")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aHolidayCannotOverlapAnother() throws Exception {
        Document page = page(add("New Year", "2027-01-02", "2027-01-05"), 400);

        assertThat(page.select("#firstDay-error").text()).contains(
                "These days overlap Christmas holiday (Sat 19 Dec 2026 to Sun 3 Jan 2027)");
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void changingAHolidaySavesItAndAuditsTheChangedFields() throws Exception {
        long id = idOf("Christmas holiday");
        Document form = page(get(ADMIN + "/" + id), 200);
        assertThat(form.select("input#firstDay").val()).isEqualTo("2026-12-19");

        // A holiday may be moved over its own old days.
        mvc.perform(edit(id, "Christmas holiday", "2026-12-18", "2027-01-03", form.select("input[name=version]").val()))
                .andExpect(redirectedUrl(ADMIN + "#main"))
                .andExpect(flash().attribute("saved", "admin.termDates.saved"));

        assertThat(jdbc.sql("select first_day::text from term_break where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("2026-12-18");
        assertThat(jdbc.sql("select changes::text from audit_entry where action = 'changed term date'")
                .query(String.class).single()).contains("firstDay", "2026-12-19", "2026-12-18").doesNotContain("name");
    }

    @Test
    void aSaveAfterSomeoneElsesIsRefusedNamingThemAndKeepsWhatWasTyped() throws Exception {
        long id = idOf("Easter holiday");
        String opened = page(get(ADMIN + "/" + id), 200).select("input[name=version]").val();
        mvc.perform(edit(id, "Easter holidays", "2027-03-27", "2027-04-11", opened)).andExpect(status().is3xxRedirection());

        Document refused = page(edit(id, "Spring holiday", "2027-03-27", "2027-04-11", opened), 409);

        assertThat(refused.select(".notice--warning").text()).startsWith("Jessica Burns saved this at");
        assertThat(refused.select("input#name").val()).isEqualTo("Spring holiday");
        assertThat(jdbc.sql("select name from term_break where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Easter holidays");
    }

    @Test
    void deletingAHolidayAsksFirstThenRemovesItAndRecordsIt() throws Exception {
        long id = idOf("May half term");
        Document confirm = page(get(ADMIN + "/" + id + "/delete"), 200);
        assertThat(confirm.select("h1").text()).isEqualTo("Delete “May half term”?");

        mvc.perform(post(ADMIN + "/" + id + "/delete").with(csrf()))
                .andExpect(redirectedUrl(ADMIN + "#main"))
                .andExpect(flash().attribute("saved", "admin.termDates.deleted"));

        assertThat(count()).isEqualTo(5);
        assertThat(jdbc.sql("select item_label from audit_entry where action = 'deleted term date'")
                .query(String.class).single()).isEqualTo("May half term");
        page(get(ADMIN + "/" + id), 404);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(ADMIN).param("name", "Forged").param("firstDay", "2027-10-23").param("lastDay", "2027-10-24"))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(6);
    }

    @Test
    @WithUserDetails(value = SettingsAdminTest.REPRESENTATIVE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aRepresentativeIsRefused() throws Exception {
        mvc.perform(get(ADMIN)).andExpect(status().isForbidden());
        mvc.perform(add("Taken over", "2027-10-23", "2027-10-24")).andExpect(status().isForbidden());
        mvc.perform(post(ADMIN + "/" + idOf("May half term") + "/delete").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(6);
    }

    @Test
    void aCoordinatorAddsASchoolsOwnTermAndAOneDayInsetDayAndIsToldWhatIsWrong() throws Exception {
        long abingdon = schoolId("abingdon-school");
        mvc.perform(post(ADMIN).with(csrf()).param("kind", "TERM").param("school", String.valueOf(abingdon))
                        .param("name", "Lent term").param("firstDay", "6/1/2027").param("lastDay", "19/3/2027"))
                .andExpect(redirectedUrl(ADMIN + "#main"));
        mvc.perform(post(ADMIN).with(csrf()).param("kind", "INSET").param("school", "")
                        .param("name", "INSET day").param("firstDay", "2027-02-05").param("lastDay", ""))
                .andExpect(redirectedUrl(ADMIN + "#main"));
        assertThat(jdbc.sql("""
                        select kind || ' ' || coalesce(s.slug, 'shared') || ' ' || first_day || ' ' || last_day
                        from term_break t left join school s on s.id = t.school_id
                        where t.name in ('Lent term', 'INSET day') order by first_day""").query(String.class).list())
                .containsExactly("TERM abingdon-school 2027-01-06 2027-03-19", "INSET shared 2027-02-05 2027-02-05");

        Document page = page(post(ADMIN).with(csrf()).param("kind", "SEASON").param("school", "999999")
                .param("name", "Whole year").param("firstDay", "2027-09-01").param("lastDay", "2028-07-20"), 400);
        assertThat(page.select("#kind-error").text()).contains("Choose what it is: a term, a holiday or an INSET day");
        assertThat(page.select("#school-error").text()).contains("Choose a school from the list, or the shared dates");
        assertThat(page.select("input#name").val()).isEqualTo("Whole year");
        Document tooLong = page(post(ADMIN).with(csrf()).param("kind", "TERM").param("school", "")
                .param("name", "Whole year").param("firstDay", "2027-09-01").param("lastDay", "2028-07-20"), 400);
        assertThat(tooLong.select("#lastDay-error").text()).contains("A term can be at most 20 weeks long");
        assertThat(tooLong.select("input[name=kind][checked]").val()).isEqualTo("TERM");
    }

    @Test
    @WithUserDetails(value = SettingsAdminTest.REPRESENTATIVE, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aRepresentativeManagesTheirOwnSchoolsDatesOnlyWhateverSchoolTheyPost() throws Exception {
        long radley = schoolId("radley-college");
        long abingdon = schoolId("abingdon-school");
        insert("TERM", abingdon, "Lent term", "2027-01-06", "2027-03-19");
        Document mine = page(get(MINE), 200);
        assertThat(mine.select("h1").text()).isEqualTo("Term dates");
        assertThat(mine.select("main").text()).contains("Radley College's own terms, holidays and INSET days.");
        assertThat(mine.select("tbody tr")).isEmpty(); // neither the shared dates nor Abingdon's
        assertThat(mine.select("select#school")).isEmpty();

        // Naming another school in the post changes nothing: the entry is Radley's.
        mvc.perform(post(MINE).with(csrf()).param("kind", "TERM").param("school", String.valueOf(abingdon))
                        .param("name", "Lent term").param("firstDay", "2027-01-07").param("lastDay", "2027-03-18"))
                .andExpect(redirectedUrl(MINE + "#main"));
        long own = jdbc.sql("select id from term_break where school_id = :school").param("school", radley)
                .query(Long.class).single();
        assertThat(page(get(MINE), 200).select("tbody td:first-child").eachText()).containsExactly("Lent term Term");
        page(get(MINE + "/" + own), 200);

        // Another school's entry and the shared ones are not found, and stay as they were.
        long abingdons = jdbc.sql("select id from term_break where school_id = :school").param("school", abingdon)
                .query(Long.class).single();
        long shared = idOf("Christmas holiday");
        for (long other : new long[] {abingdons, shared}) {
            page(get(MINE + "/" + other), 404);
            mvc.perform(post(MINE + "/" + other).with(csrf()).param("kind", "HOLIDAY").param("name", "Taken over")
                    .param("firstDay", "2027-01-01").param("lastDay", "2027-01-02").param("version", "0"))
                    .andExpect(status().isNotFound());
            mvc.perform(post(MINE + "/" + other + "/delete").with(csrf())).andExpect(status().isNotFound());
        }
        assertThat(count()).isEqualTo(8);
        assertThat(jdbc.sql("select name from term_break where id = :id").param("id", abingdons).query(String.class)
                .single()).isEqualTo("Lent term");

        mvc.perform(post(MINE + "/" + own + "/delete").with(csrf())).andExpect(redirectedUrl(MINE + "#main"));
        assertThat(count()).isEqualTo(7);
    }

    @Test
    void theCoordinatorUsesTheSettingsScreenNotARepresentatives() throws Exception {
        mvc.perform(get(MINE)).andExpect(status().isForbidden());
    }

    @Test
    void aVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get(ADMIN).with(anonymous())).andExpect(redirectedUrl("/login"));
    }

    private MockHttpServletRequestBuilder add(String name, String firstDay, String lastDay) {
        return post(ADMIN).with(csrf()).param("kind", "HOLIDAY").param("school", "").param("name", name)
                .param("firstDay", firstDay).param("lastDay", lastDay);
    }

    private MockHttpServletRequestBuilder edit(long id, String name, String firstDay, String lastDay, String version) {
        return post(ADMIN + "/" + id).with(csrf()).param("kind", "HOLIDAY").param("name", name).param("firstDay", firstDay)
                .param("lastDay", lastDay).param("version", version);
    }

    private void insert(String name, String first, String last) {
        insert("HOLIDAY", null, name, first, last);
    }

    private void insert(String kind, @Nullable Long school, String name, String first, String last) {
        jdbc.sql("""
                        insert into term_break (kind, school_id, name, first_day, last_day)
                        values (:kind, :school, :name, :first, :last)""")
                .param("kind", kind).param("school", school, Types.BIGINT).param("name", name)
                .param("first", LocalDate.parse(first)).param("last", LocalDate.parse(last)).update();
    }

    private long schoolId(String slug) {
        return jdbc.sql("select id from school where slug = :slug").param("slug", slug).query(Long.class).single();
    }

    private long idOf(String name) {
        return jdbc.sql("select id from term_break where name = :name").param("name", name).query(Long.class).single();
    }

    private int count() {
        return jdbc.sql("select count(*) from term_break").query(Integer.class).single();
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        var result = mvc.perform(request).andExpect(status().is(status)).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
