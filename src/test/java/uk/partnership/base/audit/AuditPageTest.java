package uk.partnership.base.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.support.StatementCounter;

/**
 * The coordinators' audit page, on PostgreSQL; each test's entries are rolled back. The coordinator is a real
 * account signed in through the application's own user details, because the signed-in layout reads the
 * principal's role from it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails(value = AuditPageTest.COORDINATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class AuditPageTest {

    static final String COORDINATOR = "audit-coordinator@example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail trail;

    @BeforeEach
    void coordinatorAndAnEmptyTrail() {
        jdbc.sql("delete from audit_entry").update();
        jdbc.sql("""
                        insert into account (email, name, password_hash, role, status)
                        values (:email, 'Audit Coordinator', '{noop}not-used', 'COORDINATOR', 'ACTIVE')""")
                .param("email", COORDINATOR).update();
    }

    @Test
    void listsEntriesNewestFirstWithTheirChanges() throws Exception {
        insert("2026-03-03T16:05:00Z", "anna@example.org", "update", "event", 1L, "Science talk",
                Map.of("title", Map.of("before", "Science talk", "after", "Science lecture")));
        insert("2026-07-01T09:00:00Z", "ben@example.org", "create", "school", 2L, "Larkmead School",
                Map.of("name", Map.of("after", "Larkmead School")));

        Document page = page("/admin/audit");

        assertThat(page.title()).startsWith("Audit trail");
        assertThat(page.select(".audit-entry")).hasSize(2);
        Element newest = page.select(".audit-entry").get(0);
        assertThat(newest.select("h2").text()).isEqualTo("school \u201cLarkmead School\u201d");
        assertThat(newest.select("time").text()).isEqualTo("Wed 1 Jul 2026, 10:00");
        assertThat(newest.select("time").attr("datetime")).isEqualTo("2026-07-01T10:00:00+01:00");
        assertThat(newest.select(".audit-entry__actor").text()).isEqualTo("ben@example.org");
        assertThat(newest.select(".audit-entry__action").text()).isEqualTo("create");
        assertThat(newest.select("tbody tr td").eachText()).containsExactly("name", "(none)", "Larkmead School");

        Element older = page.select(".audit-entry").get(1);
        assertThat(older.select("time").text()).isEqualTo("Tue 3 Mar 2026, 16:05");
        assertThat(older.select("time").attr("datetime")).isEqualTo("2026-03-03T16:05:00+00:00");
        assertThat(older.select("thead th[scope=col]").eachText()).containsExactly("Field", "Before", "After");
        assertThat(older.select("tbody tr td").eachText()).containsExactly("title", "Science talk", "Science lecture");
    }

    @Test
    void showsWhatTheAuditTrailRecorded() throws Exception {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("title", "<b>Old</b>");
        before.put("passwordHash", "secret-old");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", "<script>alert(1)</script>");
        after.put("passwordHash", "secret-new");
        trail.record(new Actor(null, "anna@example.org"), "update", "event", 5L, "Quiz night",
                AuditTrail.diff(before, after));

        MvcResult result = mvc.perform(get("/admin/audit")).andExpect(status().isOk()).andReturn();
        String html = result.getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(html).doesNotContain("<script>alert", "secret-old", "secret-new");
        assertThat(page.select(".audit-entry tbody tr").eachText())
                .containsExactlyInAnyOrder("title <b>Old</b> <script>alert(1)</script>",
                        "passwordHash (hidden) (changed)");
    }

    @Test
    void emptyTrailSaysSo() throws Exception {
        Document page = page("/admin/audit");

        assertThat(page.select(".audit-entry")).isEmpty();
        assertThat(page.select(".empty").text()).isEqualTo("Nothing has been recorded yet.");
        assertThat(page.select(".audit-filter label").eachText())
                .containsExactly("Kind of item", "Who made the change", "From", "To");
        assertThat(page.select(".audit-filter").attr("method")).isEqualTo("get");
        assertThat(page.select(".audit-filter button[type=submit]").text()).isEqualTo("Show entries");
    }

    @Test
    void filtersByKindOfItem() throws Exception {
        insert("2026-03-03T10:00:00Z", "anna@example.org", "update", "event", 1L, "Science talk", Map.of());
        insert("2026-03-03T11:00:00Z", "anna@example.org", "update", "school", 2L, "Larkmead School", Map.of());

        Document page = page("/admin/audit?item=school");

        assertThat(page.select(".audit-entry h2").eachText()).containsExactly("school \u201cLarkmead School\u201d");
        assertThat(page.select("#audit-item option").eachText()).containsExactly("All kinds of item", "event", "school");
        assertThat(page.select("#audit-item option[selected]").attr("value")).isEqualTo("school");
    }

    @Test
    void filtersByPartOfTheActorsEmailIgnoringCase() throws Exception {
        insert("2026-03-03T10:00:00Z", "Anna.Smith@example.org", "update", "event", 1L, "Science talk", Map.of());
        insert("2026-03-03T11:00:00Z", "ben@example.org", "update", "event", 1L, "Science talk", Map.of());

        Document page = page("/admin/audit?actor=anna.SMITH");

        assertThat(page.select(".audit-entry__actor").eachText()).containsExactly("Anna.Smith@example.org");
        assertThat(page.select("#audit-actor").attr("value")).isEqualTo("anna.SMITH");
    }

    @Test
    void filtersByDaysInLondonTimeWithBothEndsIncluded() throws Exception {
        insert("2026-06-30T22:30:00Z", "anna@example.org", "update", "event", 1L, "Before midnight", Map.of());
        insert("2026-06-30T23:30:00Z", "anna@example.org", "update", "event", 1L, "Just after midnight", Map.of());
        insert("2026-07-02T22:59:00Z", "anna@example.org", "update", "event", 1L, "Late on the second", Map.of());
        insert("2026-07-02T23:00:00Z", "anna@example.org", "update", "event", 1L, "The third", Map.of());

        Document page = page("/admin/audit?from=2026-07-01&to=2026-07-02");

        assertThat(page.select(".audit-entry h2").eachText())
                .containsExactly("event \u201cLate on the second\u201d", "event \u201cJust after midnight\u201d");
        assertThat(page.select("#audit-from").attr("value")).isEqualTo("2026-07-01");
        assertThat(page.select("#audit-to").attr("value")).isEqualTo("2026-07-02");
    }

    @Test
    void daysTypedAsTheUkPickerShowsThemFilterLikeThePickersOwn() throws Exception {
        insert("2026-07-01T10:00:00Z", "anna@example.org", "update", "event", 1L, "On the first", Map.of());
        insert("2026-07-03T10:00:00Z", "anna@example.org", "update", "event", 1L, "On the third", Map.of());

        // A browser without a date picker lets people type the day as the hint shows it (issue 19).
        Document page = page("/admin/audit?from=1/7/2026&to=02/07/2026");

        assertThat(page.select(".audit-entry h2").eachText()).containsExactly("event \u201cOn the first\u201d");
        assertThat(page.select("#audit-from").attr("value")).isEqualTo("2026-07-01");
        assertThat(page.select("#audit-from-hint").text())
                .isEqualTo("The day itself is included. For example, 27/03/2027");
    }

    @Test
    void filteredPageWithNoMatchesSaysSo() throws Exception {
        insert("2026-03-03T10:00:00Z", "anna@example.org", "update", "event", 1L, "Science talk", Map.of());

        Document page = page("/admin/audit?actor=nobody");

        assertThat(page.select(".empty").text()).isEqualTo("No entries match these filters.");
    }

    @Test
    void paginatesFiftyToAPageKeepingTheFilters() throws Exception {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        for (int i = 0; i < 60; i++) {
            insert(start.plusSeconds(60L * i).toString(), "anna+audit@example.org", "update", "event", (long) i,
                    "Event " + i, Map.of());
        }
        insert("2026-01-05T12:00:00Z", "ben@example.org", "update", "event", 100L, "Not Anna's", Map.of());

        Document first = page("/admin/audit?actor=anna%2Baudit&item=event");
        assertThat(first.select(".audit-entry")).hasSize(50);
        assertThat(first.select(".audit-entry h2").first().text()).isEqualTo("event \u201cEvent 59\u201d");
        String next = first.select("a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/admin/audit?item=event&actor=anna%2Baudit&page=2");
        assertThat(first.select("a[rel=prev]")).isEmpty();

        Document second = page(next);
        assertThat(second.select(".audit-entry")).hasSize(10);
        assertThat(second.select(".audit-entry h2").last().text()).isEqualTo("event \u201cEvent 0\u201d");
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/admin/audit?item=event&actor=anna%2Baudit&page=1");
    }

    @Test
    void pageRunsTheSameStatementsWhateverTheNumberOfEntries() throws Exception {
        insert("2026-01-05T09:00:00Z", "anna@example.org", "update", "event", 1L, "Event", Map.of());
        page("/admin/audit?item=event");
        StatementCounter.reset();
        page("/admin/audit?item=event");
        long withOne = StatementCounter.statements();
        for (int i = 0; i < 60; i++) {
            insert("2026-01-06T09:00:00Z", "anna@example.org", "update", i % 2 == 0 ? "event" : "school", (long) i,
                    "Event " + i, Map.of("title", Map.of("before", "Old " + i, "after", "New " + i)));
        }
        StatementCounter.reset();
        page("/admin/audit?item=event");

        assertThat(StatementCounter.statements()).isEqualTo(withOne);
    }

    @Test
    void badDateIsABadRequestThatSaysWhy() throws Exception {
        String html = mvc.perform(get("/admin/audit").param("from", "2026-02-30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).select(".error-detail").text()).contains("2026-02-30", "real date");
    }

    @Test
    void otherBadFiltersAreBadRequests() throws Exception {
        mvc.perform(get("/admin/audit").param("to", "yesterday")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("from", "2026-03-04").param("to", "2026-03-03"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("item", "no-such-kind")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("page", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("page", "two")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit").param("actor", "a".repeat(321))).andExpect(status().isBadRequest());
    }

    @Test
    @WithAnonymousUser
    void visitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/audit"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "rep@example.org", roles = "REPRESENTATIVE")
    void representativeIsRefused() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
    }

    private Document page(String address) throws Exception {
        String html = mvc.perform(get(URI.create(address))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private void insert(String at, String actor, String action, String itemType, Long itemId, String label,
                        Map<String, Map<String, String>> changes) {
        StringBuilder json = new StringBuilder("{");
        changes.forEach((field, values) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(field).append("\":{\"before\":")
                    .append(values.containsKey("before") ? '"' + values.get("before") + '"' : "null")
                    .append(",\"after\":")
                    .append(values.containsKey("after") ? '"' + values.get("after") + '"' : "null").append('}');
        });
        json.append('}');
        jdbc.sql("""
                        insert into audit_entry (at, actor_email, action, item_type, item_id, item_label, changes)
                        values (:at, :actor, :action, :itemType, :itemId, :label, cast(:changes as json))""")
                .param("at", Instant.parse(at).atOffset(ZoneOffset.UTC))
                .param("actor", actor).param("action", action).param("itemType", itemType).param("itemId", itemId)
                .param("label", label).param("changes", json.toString())
                .update();
    }
}
