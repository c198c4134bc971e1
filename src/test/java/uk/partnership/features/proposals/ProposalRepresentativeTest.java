package uk.partnership.features.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.partnership.base.mail.MailOutboxWorker;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;

/**
 * A representative's proposals: propose (with errors kept), list, show, edit, withdraw, the thread and the
 * history; another school's proposal is 404 everywhere; the form cannot set status or school.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalRepresentativeTest {

    static final String RADLEY = "radley-college@ox14.example.org";
    static final String LARKMEAD = "larkmead-school@ox14.example.org";
    static final String REP_PASSWORD = "representative demo maple";
    static final String COORDINATOR = "jessica.burns@ox14.example.org";

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutboxWorker outbox;

    Cookie radley;
    Cookie larkmead;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        radley = session(RADLEY, REP_PASSWORD);
        larkmead = session(LARKMEAD, REP_PASSWORD);
    }

    @Test
    void representativeLandsOnProposalsAndProposesAnActivity() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("email", RADLEY).param("password", REP_PASSWORD))
                .andExpect(redirectedUrl("/proposals"));
        Document empty = page(get("/proposals/new").cookie(radley), 200);
        assertThat(empty.select("form input[name=status], form [name=schoolId]")).isEmpty();

        String title = "Maths relay " + UUID.randomUUID().toString().substring(0, 8);
        long id = propose(title);
        Document show = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(show.select("h1").text()).isEqualTo(title);
        assertThat(show.select(".label").text()).isEqualTo("Submitted");
        assertThat(show.text()).contains("Proposed by Radley College").contains("Year 9").contains("Students");
        assertThat(show.select(".history li").text()).contains("Proposed by");
        assertThat(page(get("/proposals").cookie(radley), 200).select("table a").eachText()).contains(title);
        assertThat(auditActions(id)).containsExactly("created");
        Outbox.drain(outbox);
        assertThat(MailCatcher.receivedBy(COORDINATOR).getLast().subject()).isEqualTo("New proposal: " + title);
    }

    @Test
    void wrongInputComesBackWithMessagesAndWhatWasTyped() throws Exception {
        Document page = page(post("/proposals").with(csrf()).cookie(radley).param("title", "")
                .param("description", "Kept text").param("expectedNumbers", "lots"), 400);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select(".error-summary li").eachText()).contains("Enter the title of the activity",
                "Enter the expected numbers as a whole number, such as 30",
                "Enter a proposed date, or tick that the dates are flexible");
        assertThat(page.select("textarea[name=description]").text()).isEqualTo("Kept text");
        assertThat(page.select("input[name=expectedNumbers]").val()).isEqualTo("lots");
    }

    @Test
    void formCannotSetStatusOrSchool() throws Exception {
        long larkmeadSchool = schoolOf(LARKMEAD);
        var request = post("/proposals").with(csrf()).cookie(radley).param("title", "Over-posting")
                .param("description", "Text").param("flexible", "true").param("flexibleNote", "Any Thursday")
                .param("status", "APPROVED").param("schoolId", String.valueOf(larkmeadSchool)).param("eventId", "1");
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/proposals/".length()));
        assertThat(jdbc.sql("select status from proposal where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select school_id from proposal where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(schoolOf(RADLEY));
        assertThat(jdbc.sql("select event_id from proposal where id = :id").param("id", id).query(Long.class).optional())
                .isEmpty();
    }

    @Test
    void anotherSchoolsProposalIsNotFoundEverywhere() throws Exception {
        long id = propose("Private to Radley");
        String version = version(id);
        mvc.perform(get("/proposals/" + id).cookie(larkmead)).andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id + "/edit").cookie(larkmead)).andExpect(status().isNotFound());
        mvc.perform(form(post("/proposals/" + id + "/edit").with(csrf()).cookie(larkmead), "Taken over")
                .param("version", version)).andExpect(status().isNotFound());
        mvc.perform(post("/proposals/" + id + "/withdraw").with(csrf()).cookie(larkmead).param("version", version))
                .andExpect(status().isNotFound());
        mvc.perform(post("/proposals/" + id + "/resubmit").with(csrf()).cookie(larkmead).param("version", version))
                .andExpect(status().isNotFound());
        mvc.perform(post("/proposals/" + id + "/messages").with(csrf()).cookie(larkmead).param("body", "Hello"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/proposals/999999999").cookie(radley)).andExpect(status().isNotFound());
        assertThat(page(get("/proposals").cookie(larkmead), 200).text()).doesNotContain("Private to Radley");
        assertThat(jdbc.sql("select title || status from proposal where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("Private to RadleySUBMITTED");
    }

    @Test
    void editWithdrawThenEditingAndResubmittingAreRefusedWithAMessage() throws Exception {
        long id = propose("Chess evening");
        mvc.perform(form(post("/proposals/" + id + "/edit").with(csrf()).cookie(radley), "Chess and draughts evening")
                .param("version", version(id))).andExpect(redirectedUrl("/proposals/" + id));
        Document edited = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(edited.select("h1").text()).isEqualTo("Chess and draughts evening");
        assertThat(edited.select(".history li").text()).contains("Edited by").contains("title");

        String stale = "0";
        Document conflict = page(form(post("/proposals/" + id + "/edit").with(csrf()).cookie(radley), "Stale edit")
                .param("version", stale), 409);
        assertThat(conflict.select("input[name=title]").val()).isEqualTo("Stale edit");
        assertThat(conflict.select(".notice--warning").text()).containsPattern(".+ saved this at \\d\\d:\\d\\d on ");

        mvc.perform(post("/proposals/" + id + "/resubmit").with(csrf()).cookie(radley).param("version", version(id)))
                .andExpect(redirectedUrl("/proposals/" + id));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        mvc.perform(post("/proposals/" + id + "/withdraw").with(csrf()).cookie(radley).param("version", version(id)))
                .andExpect(redirectedUrl("/proposals/" + id));
        assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
        Document withdrawn = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(withdrawn.select(".label").text()).isEqualTo("Withdrawn");
        assertThat(withdrawn.select("form[action$=withdraw], form[action$=resubmit], a[href$=edit]")).isEmpty();

        mvc.perform(get("/proposals/" + id + "/edit").cookie(radley)).andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(form(post("/proposals/" + id + "/edit").with(csrf()).cookie(radley), "After withdrawal")
                .param("version", version(id))).andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(post("/proposals/" + id + "/withdraw").with(csrf()).cookie(radley).param("version", version(id)))
                .andExpect(redirectedUrl("/proposals/" + id));
        assertThat(jdbc.sql("select title from proposal where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Chess and draughts evening");
        assertThat(auditActions(id)).containsExactly("created", "changed", "withdrew");
    }

    @Test
    void threadMessagesAppearOnTheShowPage() throws Exception {
        long id = propose("Poetry slam");
        page(post("/proposals/" + id + "/messages").with(csrf()).cookie(radley).param("body", ""), 400);
        mvc.perform(post("/proposals/" + id + "/messages").with(csrf()).cookie(radley).param("body", "Could we use the hall?"))
                .andExpect(redirectedUrl("/proposals/" + id + "#thread"));
        Document show = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(show.select(".thread__message").text()).contains("Could we use the hall?");
    }

    long propose(String title) throws Exception {
        String location = mvc.perform(form(post("/proposals").with(csrf()).cookie(radley), title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/proposals/".length()));
    }

    /** The first date the test proposals propose: a Tuesday, well ahead. */
    static final java.time.LocalDate FIRST_DATE = java.time.LocalDate.now().plusMonths(2)
            .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String title) {
        return request.param("title", title).param("description", "An afternoon of activities.")
                .param("dates[0].day", FIRST_DATE.toString()).param("dates[0].starts", "16:00")
                .param("dates[0].ends", "17:30").param("dates[1].day", FIRST_DATE.plusWeeks(1).toString())
                .param("dates[2].day", "").param("venue", "Radley College")
                .param("audiences", "STUDENTS").param("yearGroups", "9").param("expectedNumbers", "40")
                .param("needs", "Two staff from each school");
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from proposal where id = :id").param("id", id).query(Long.class).single());
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from proposal where id = :id").param("id", id).query(String.class).single();
    }

    private long schoolOf(String email) {
        return jdbc.sql("select school_id from account where email = :email").param("email", email).query(Long.class).single();
    }

    private java.util.List<String> auditActions(long id) {
        return jdbc.sql("select action from audit_entry where item_type = 'proposal' and item_id = :id order by id")
                .param("id", id).query(String.class).list();
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
