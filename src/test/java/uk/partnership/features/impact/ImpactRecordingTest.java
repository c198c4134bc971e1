package uk.partnership.features.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.support.DemoContent;

/**
 * Issue 21, recording: a representative records their own school's numbers for an event it hosted, the coordinator
 * any school's; numbers only, refused by the field when they are not whole numbers, below zero or more than could
 * have come; audited, and locked against a second editor like every other edit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImpactRecordingTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String RADLEY = "radley-college@ox14.example.org";
    static final String LARKMEAD = "larkmead-school@ox14.example.org";

    final MockMvc mvc;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final UserDetailsService accounts;
    long event;

    @Autowired
    ImpactRecordingTest(MockMvc mvc, JdbcClient jdbc, DataSource dataSource, UserDetailsService accounts) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @BeforeEach
    void heldYesterdayAtRadley() {
        DemoContent.load(dataSource);
        event = ImpactFixtures.event(jdbc, "Rowing taster", Instant.now().minus(Duration.ofDays(1)), "sport",
                "radley-college");
    }

    @Test
    void aRepresentativeRecordsTheirSchoolsNumbersAndTheyAreAudited() throws Exception {
        mvc.perform(numbers(RADLEY, "/proposals/impact/events/" + event, Map.of("students", "24", "year9", "10",
                        "year10", "14", "staff", "2", "parents", "5", "others", "")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/proposals/impact"))
                .andExpect(flash().attribute("saved", "impact.numbers.saved"));

        Document form = page(get("/proposals/impact/events/" + event).with(user(person(RADLEY))), 200);
        assertThat(form.select("h1").text()).isEqualTo("Who took part from Radley College");
        assertThat(form.select("input[name=students]").val()).isEqualTo("24");
        assertThat(form.select("input[name=year10]").val()).isEqualTo("14");
        assertThat(form.select("input[name=year7]").val()).isEmpty();
        assertThat(form.select("input[name=others]").val()).isEqualTo("0");
        var audit = jdbc.sql("""
                        select action, item_label, actor_email, changes::text from audit_entry
                        where item_type = 'impact' and item_id = :event""")
                .param("event", event).query((rs, row) -> Map.of("action", rs.getString(1), "label", rs.getString(2),
                        "who", rs.getString(3), "changes", rs.getString(4))).single();
        assertThat(audit).containsEntry("action", "recorded").containsEntry("label", "Rowing taster: Radley College")
                .containsEntry("who", RADLEY);
        assertThat(audit.get("changes")).contains("\"students\":{\"before\":null,\"after\":24}");

        Document coordinatorsView = page(get("/admin/impact/events/" + event).with(user(person(COORDINATOR))), 200);
        assertThat(coordinatorsView.select("tr:has(th:contains(Radley College)) td").eachText())
                .startsWith("24", "2", "5", "0");
        assertThat(coordinatorsView.select("tr:has(th:contains(Larkmead School)) td").first().text())
                .isEqualTo("Not recorded");
    }

    @Test
    void aRepresentativeCannotRecordForAnEventTheirSchoolDidNotHost() throws Exception {
        mvc.perform(get("/proposals/impact/events/" + event).with(user(person(LARKMEAD)))).andExpect(status().isNotFound());
        mvc.perform(numbers(LARKMEAD, "/proposals/impact/events/" + event, Map.of("students", "3")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from impact_record where event_id = :event").param("event", event)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCoordinatorRecordsAVisitingSchoolsNumbers() throws Exception {
        long larkmead = ImpactFixtures.school(jdbc, "larkmead-school");
        mvc.perform(numbers(COORDINATOR, "/admin/impact/events/" + event + "/schools/" + larkmead,
                        Map.of("students", "12", "staff", "1")))
                .andExpect(redirectedUrl("/admin/impact/events/" + event));
        assertThat(jdbc.sql("select students from impact_record where event_id = :event and school_id = :school")
                .param("event", event).param("school", larkmead).query(Integer.class).single()).isEqualTo(12);
    }

    @Test
    void anEventThatHasNotStartedTakesNoNumbers() throws Exception {
        long later = ImpactFixtures.event(jdbc, "Regatta", Instant.now().plus(Duration.ofDays(3)), "sport",
                "radley-college");
        mvc.perform(get("/proposals/impact/events/" + later).with(user(person(RADLEY)))).andExpect(status().isNotFound());
    }

    @Test
    void negativeWordsAndAbsurdNumbersAreRefusedByTheirFieldsKeepingWhatWasTyped() throws Exception {
        Document page = page(numbers(RADLEY, "/proposals/impact/events/" + event, Map.of("students", "twelve",
                "staff", "-3", "parents", "99999", "year8", "1.5")), 400);

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#students-error").text()).contains("Enter a whole number, like 12");
        assertThat(page.select("#staff-error").text()).contains("Enter 0 or more");
        assertThat(page.select("#parents-error").text()).contains("Enter 2,000 or fewer");
        assertThat(page.select("#year8-error").text()).contains("Enter a whole number");
        assertThat(page.select(".error-summary a[href=#students]").text()).contains("Enter a whole number");
        assertThat(page.select("input[name=students]").val()).isEqualTo("twelve");
        assertThat(page.select("input[name=staff]").val()).isEqualTo("-3");
        assertThat(jdbc.sql("select count(*) from impact_record where event_id = :event").param("event", event)
                .query(Long.class).single()).isZero();
    }

    @Test
    void moreStudentsThanTheSchoolHasOnRollAreRefused() throws Exception {
        jdbc.sql("update school set number_on_roll = 780 where slug = 'radley-college'").update();
        Document page = page(numbers(RADLEY, "/proposals/impact/events/" + event, Map.of("students", "800")), 400);
        assertThat(page.select("#students-error").text()).contains("Radley College has 780 pupils on roll: enter 780 or fewer");
    }

    @Test
    void yearGroupsAddingUpToMoreThanTheStudentsAreRefused() throws Exception {
        Document page = page(numbers(RADLEY, "/proposals/impact/events/" + event, Map.of("students", "10",
                "year9", "8", "year10", "8")), 400);
        assertThat(page.select("#students-error").text())
                .contains("The year groups add up to 16, more than the 10 students");
    }

    @Test
    void aSecondEditorIsToldWhoSavedFirstAndKeepsWhatTheyTyped() throws Exception {
        long radley = ImpactFixtures.school(jdbc, "radley-college");
        String coordinatorsForm = "/admin/impact/events/" + event + "/schools/" + radley;
        // Both open the empty form (version 0); the representative saves first.
        mvc.perform(numbers(RADLEY, "/proposals/impact/events/" + event, Map.of("students", "20", "version", "0")))
                .andExpect(status().is3xxRedirection());
        Document page = page(numbers(COORDINATOR, coordinatorsForm, Map.of("students", "25", "version", "0")), 409);

        assertThat(page.select(".notice--warning").text()).contains("Representative of Radley College saved this");
        assertThat(page.select("input[name=students]").val()).isEqualTo("25");
        assertThat(page.select("input[name=version]").val()).isEqualTo("1");
        assertThat(jdbc.sql("select students from impact_record where event_id = :event").param("event", event)
                .query(Integer.class).single()).as("the first save stands").isEqualTo(20);
        // Saving again, having seen the conflict, replaces the numbers.
        mvc.perform(numbers(COORDINATOR, coordinatorsForm, Map.of("students", "25", "version", "1")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select students from impact_record where event_id = :event").param("event", event)
                .query(Integer.class).single()).isEqualTo(25);
    }

    private MockHttpServletRequestBuilder numbers(String who, String path, Map<String, String> fields) {
        var request = post(path).with(csrf()).with(user(person(who)));
        fields.forEach(request::param);
        if (!fields.containsKey("version")) {
            request.param("version", "0");
        }
        return request;
    }

    private UserDetails person(String email) {
        return accounts.loadUserByUsername(email);
    }

    private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return Jsoup.parse(response.getContentAsString());
    }
}
