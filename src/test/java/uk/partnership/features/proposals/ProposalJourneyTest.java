package uk.partnership.features.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
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
import uk.partnership.base.mail.ReceivedMail;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;

/**
 * The whole journey through the real SMTP catcher: propose → changes requested → resubmit → approve → draft
 * event → publish → on /events; and every transition that is not allowed, refused with a message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalJourneyTest {

    static final String RADLEY = ProposalRepresentativeTest.RADLEY;
    static final String COORDINATOR = ProposalRepresentativeTest.COORDINATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutboxWorker outbox;

    Cookie radley;
    Cookie coordinator;

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        radley = session(RADLEY, ProposalRepresentativeTest.REP_PASSWORD);
        coordinator = session(COORDINATOR, "coordinator demo walnut");
    }

    @Test
    void proposalBecomesAPublishedEvent() throws Exception {
        String title = "Science fair " + UUID.randomUUID().toString().substring(0, 8);
        long id = propose(title);
        mailed(COORDINATOR, "New proposal: " + title);
        assertThat(page(get("/admin").cookie(coordinator), 200).text()).containsPattern("\\d+ proposals? awaits? review");
        Document queue = page(get("/admin/proposals").param("status", "SUBMITTED").cookie(coordinator), 200);
        assertThat(queue.select("table a").eachText()).contains(title);
        assertThat(page(get("/admin/proposals").param("status", "APPROVED").cookie(coordinator), 200)
                .select("table a").eachText()).doesNotContain(title);

        Document missing = page(review(id, "changes", ""), 400);
        assertThat(missing.title()).startsWith("Error: ");
        assertThat(missing.select(".error-summary li").eachText()).containsExactly("Enter a message saying what to change");

        mvc.perform(review(id, "changes", "Please add the venue's room."))
                .andExpect(redirectedUrl("/admin/proposals/" + id));
        assertThat(statusOf(id)).isEqualTo("CHANGES_REQUESTED");
        mailed(RADLEY, "Changes requested: " + title);
        Document asked = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(asked.select(".thread__message").text()).contains("Please add the venue's room.");

        mvc.perform(ProposalRepresentativeTest.form(post("/proposals/" + id + "/edit").with(csrf()).cookie(radley), title)
                .param("venue", "Radley College, Theatre").param("version", version(id)))
                .andExpect(redirectedUrl("/proposals/" + id));
        mvc.perform(post("/proposals/" + id + "/resubmit").with(csrf()).cookie(radley).param("version", version(id)))
                .andExpect(redirectedUrl("/proposals/" + id));
        assertThat(statusOf(id)).isEqualTo("RESUBMITTED");
        mailed(COORDINATOR, "Proposal resubmitted: " + title);

        String location = mvc.perform(review(id, "approve", "")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long event = jdbc.sql("select event_id from proposal where id = :id").param("id", id).query(Long.class).single();
        assertThat(location).isEqualTo("/admin/events/" + event);
        assertThat(page(get(location).cookie(coordinator), 200).select("a[href=/admin/proposals/" + id + "]")).isNotEmpty();
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select status from event where id = :id").param("id", event).query(String.class).single())
                .isEqualTo("DRAFT");
        mailed(RADLEY, "Proposal approved: " + title);
        assertThat(page(get("/admin/proposals/" + id).cookie(coordinator), 200)
                .select("a[href=/admin/events/" + event + "]")).isNotEmpty();
        Document history = page(get("/proposals/" + id).cookie(radley), 200);
        assertThat(history.select(".history li").eachText()).hasSize(6);

        String month = jdbc.sql("select to_char(starts_at at time zone 'Europe/London', 'YYYY-MM') from event where id = :id")
                .param("id", event).query(String.class).optional()
                .orElse(LocalDate.now().plusWeeks(4).toString().substring(0, 7));
        assertThat(body("/events?month=" + month)).doesNotContain(title);
        long eventVersion = jdbc.sql("select version from event where id = :id").param("id", event).query(Long.class).single();
        mvc.perform(post("/admin/events/" + event + "/publish").with(csrf()).cookie(coordinator)
                .param("version", String.valueOf(eventVersion))).andExpect(redirectedUrl("/admin/events/" + event));
        assertThat(body("/events?month=" + month)).contains(title);
        assertThat(auditActions(id)).containsExactly("created", "requested changes to", "changed", "resubmitted", "approved");
    }

    @Test
    void forbiddenTransitionsAreRefusedWithAMessage() throws Exception {
        long id = propose("Transitions " + UUID.randomUUID().toString().substring(0, 8));
        // A representative cannot resubmit what is already waiting for review.
        refusedForRepresentative(id, "resubmit", "SUBMITTED");
        mvc.perform(review(id, "changes", "Change it")).andExpect(redirectedUrl("/admin/proposals/" + id));
        // The coordinator cannot review while changes are requested.
        for (String action : List.of("approve", "changes", "decline")) {
            refusedForCoordinator(id, action, "CHANGES_REQUESTED");
        }
        mvc.perform(post("/proposals/" + id + "/resubmit").with(csrf()).cookie(radley).param("version", version(id)));
        // Resubmitted: no more edits by the representative.
        mvc.perform(get("/proposals/" + id + "/edit").cookie(radley)).andExpect(redirectedUrl("/proposals/" + id))
                .andExpect(flash().attribute("refused", "proposals.refused.edit"));
        refusedForRepresentative(id, "resubmit", "RESUBMITTED");
        mvc.perform(review(id, "decline", "Clashes with exams")).andExpect(redirectedUrl("/admin/proposals/" + id));
        assertThat(statusOf(id)).isEqualTo("DECLINED");
        mailed(RADLEY, "Proposal declined: " + titleOf(id));
        for (String action : List.of("approve", "changes", "decline")) {
            refusedForCoordinator(id, action, "DECLINED");
        }
        refusedForRepresentative(id, "resubmit", "DECLINED");
        refusedForRepresentative(id, "withdraw", "DECLINED");
        mvc.perform(get("/proposals/" + id + "/edit").cookie(radley)).andExpect(redirectedUrl("/proposals/" + id));

        long withdrawn = propose("Withdrawn " + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(post("/proposals/" + withdrawn + "/withdraw").with(csrf()).cookie(radley).param("version", version(withdrawn)));
        for (String action : List.of("approve", "changes", "decline")) {
            refusedForCoordinator(withdrawn, action, "WITHDRAWN");
        }
        refusedForRepresentative(withdrawn, "resubmit", "WITHDRAWN");
        refusedForRepresentative(withdrawn, "withdraw", "WITHDRAWN");

        long approved = propose("Approved " + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(review(approved, "approve", "")).andExpect(status().is3xxRedirection());
        refusedForCoordinator(approved, "approve", "APPROVED");
        refusedForRepresentative(approved, "withdraw", "APPROVED");
        assertThat(jdbc.sql("select count(*) from event e join proposal p on p.event_id = e.id where p.id = :id")
                .param("id", approved).query(Long.class).single()).isEqualTo(1);

        mvc.perform(review(approved, "publish", "")).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/proposals").param("status", "NOPE").cookie(coordinator)).andExpect(status().isBadRequest());
        assertThat(mvc.perform(get("/admin/proposals").cookie(radley)).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/proposals").cookie(coordinator)).andReturn().getResponse().getStatus()).isIn(403, 404);
    }

    @Test
    void newMessagesAreMailedToTheOtherSide() throws Exception {
        String title = "Thread " + UUID.randomUUID().toString().substring(0, 8);
        long id = propose(title);
        mvc.perform(post("/admin/proposals/" + id + "/messages").with(csrf()).cookie(coordinator).param("body", "Which hall?"))
                .andExpect(redirectedUrl("/admin/proposals/" + id + "#thread"));
        assertThat(mailed(RADLEY, "New message about the proposal: " + title).text()).contains("/proposals/" + id);
        mvc.perform(post("/proposals/" + id + "/messages").with(csrf()).cookie(radley).param("body", "The sports hall."))
                .andExpect(redirectedUrl("/proposals/" + id + "#thread"));
        assertThat(mailed(COORDINATOR, "New message about the proposal: " + title).text()).contains("/admin/proposals/" + id);
        Document thread = page(get("/admin/proposals/" + id).cookie(coordinator), 200);
        assertThat(thread.select(".thread__message").eachText()).hasSize(2);
        assertThat(thread.select(".thread__message--coordinator").text()).contains("Which hall?");
    }

    private void refusedForRepresentative(long id, String action, String expectedStatus) throws Exception {
        mvc.perform(post("/proposals/" + id + "/" + action).with(csrf()).cookie(radley).param("version", version(id)))
                .andExpect(redirectedUrl("/proposals/" + id)).andExpect(flash().attribute("refused", "proposals.refused.move"));
        assertThat(statusOf(id)).isEqualTo(expectedStatus);
    }

    private void refusedForCoordinator(long id, String action, String expectedStatus) throws Exception {
        mvc.perform(review(id, action, "A message")).andExpect(redirectedUrl("/admin/proposals/" + id))
                .andExpect(flash().attribute("refused", "proposals.refused.move"));
        assertThat(statusOf(id)).isEqualTo(expectedStatus);
    }

    private MockHttpServletRequestBuilder review(long id, String action, String message) {
        return post("/admin/proposals/" + id + "/review").with(csrf()).cookie(coordinator).param("action", action)
                .param("message", message).param("version", version(id));
    }

    private long propose(String title) throws Exception {
        String location = mvc.perform(ProposalRepresentativeTest.form(post("/proposals").with(csrf()).cookie(radley), title))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/proposals/".length()));
    }

    /**
     * The latest mail with this subject that this address received, once the outbox has sent what is due. By subject,
     * not arrival: the outbox sends what is due in any order, so two mails queued together may arrive either way.
     * Fails the test when there is none.
     */
    private ReceivedMail mailed(String address, String subject) {
        Outbox.drain(outbox);
        List<ReceivedMail> received = MailCatcher.receivedBy(address);
        return received.reversed().stream().filter(mail -> mail.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address + " called \"" + subject + "\"; got "
                        + received.stream().map(ReceivedMail::subject).toList()));
    }

    private String titleOf(long id) {
        return jdbc.sql("select title from proposal where id = :id").param("id", id).query(String.class).single();
    }

    private String version(long id) {
        return String.valueOf(jdbc.sql("select version from proposal where id = :id").param("id", id).query(Long.class).single());
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from proposal where id = :id").param("id", id).query(String.class).single();
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("select action from audit_entry where item_type = 'proposal' and item_id = :id order by id")
                .param("id", id).query(String.class).list();
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private Cookie session(String email, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void aQueueFilterThatIsNotAStatusIsRefusedSayingSo() throws Exception {
        Document refused = page(get("/admin/proposals").param("status", "NOPE").cookie(coordinator), 400);

        assertThat(refused.select("main").text()).contains("\u201cNOPE\u201d is not one of the choices for \u201cstatus\u201d.");
        assertThat(page(get("/admin/proposals").param("status", "").cookie(coordinator), 200)
                .select("h1").text()).isNotEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString());
    }
}
