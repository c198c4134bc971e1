package uk.partnership.features.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
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

import uk.partnership.base.mail.MailOutboxWorker;
import uk.partnership.support.AtOnce;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;
import uk.partnership.support.TestClock;

/**
 * SPEC §2: a proposal waiting for the coordinator more than 5 working days is flagged on the dashboard and
 * reminded by e-mail once, by one instance however many run the job at once. The clock is set by each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProposalRemindersTest {

    static final String COORDINATOR = ProposalRepresentativeTest.COORDINATOR;

    final MockMvc mvc;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final ProposalReminders reminders;
    final MailOutboxWorker outbox;
    final TestClock clock;
    Cookie coordinator;

    @Autowired
    ProposalRemindersTest(MockMvc mvc, JdbcClient jdbc, DataSource dataSource, ProposalReminders reminders,
                          MailOutboxWorker outbox, TestClock clock) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.reminders = reminders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @BeforeEach
    void signIn() throws Exception {
        DemoContent.load(dataSource);
        clock.set(Instant.now());
        coordinator = mvc.perform(post("/login").with(csrf()).param("email", COORDINATOR)
                        .param("password", "coordinator demo walnut"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        // Proposals of other tests, waiting since long ago, are not this test's business.
        jdbc.sql("update proposal set reminded_at = now() where status in ('SUBMITTED', 'RESUBMITTED')").update();
    }

    @Test
    void twoRunsAtOnceSendExactlyOneReminder() throws Exception {
        // Submitted Monday 2 November 2026 at 10:00; Tuesday 10 November is the 6th working day after.
        String title = waiting("2026-11-02T10:00:00Z");
        clock.set(Instant.parse("2026-11-10T09:00:00Z"));

        int sent = AtOnce.twice(() -> reminders.remind());
        assertThat(sent).isEqualTo(1);
        assertThat(reminders.remind()).as("a later run reminds no one again").isZero();

        Outbox.drain(outbox);
        assertThat(MailCatcher.receivedBy(COORDINATOR).stream().map(mail -> mail.subject())
                .filter(subject -> subject.contains(title)).toList())
                .containsExactly("Reminder: a proposal is waiting for review: " + title);
        Document dashboard = dashboard();
        assertThat(dashboard.select(".overdue-proposals h2").text()).isEqualTo("Proposals waiting too long");
        assertThat(dashboard.select(".overdue-proposals a").eachText()).contains(title);
        Document queue = Jsoup.parse(mvc.perform(get("/admin/proposals").cookie(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(queue.select("tr:has(a:containsOwn(" + title + ")) .label--overdue").text())
                .isEqualTo("Waiting more than 5 working days");
    }

    @Test
    void fourWorkingDaysOverAWeekendAreNotFlagged() throws Exception {
        // Thursday 3 December 2026 to Wednesday 9 December: Friday, Monday, Tuesday, Wednesday.
        String title = waiting("2026-12-03T10:00:00Z");
        clock.set(Instant.parse("2026-12-09T16:00:00Z"));
        assertThat(reminders.remind()).isZero();
        assertThat(dashboard().select(".overdue-proposals a").eachText()).doesNotContain(title);
    }

    @Test
    void overChristmasOnlyWorkingDaysCount() throws Exception {
        // Wednesday 23 December 2026: on Monday 4 January 2027 it has waited 5 working days, on Tuesday 6.
        String title = waiting("2026-12-23T10:00:00Z");
        clock.set(Instant.parse("2027-01-04T12:00:00Z"));
        assertThat(reminders.remind()).isZero();
        assertThat(dashboard().select(".overdue-proposals a").eachText()).doesNotContain(title);

        clock.set(Instant.parse("2027-01-05T12:00:00Z"));
        assertThat(dashboard().select(".overdue-proposals a").eachText()).contains(title);
        assertThat(reminders.remind()).isEqualTo(1);
    }

    @Test
    void aResubmissionStartsANewWait() throws Exception {
        String title = waiting("2026-11-02T10:00:00Z");
        clock.set(Instant.parse("2026-11-10T09:00:00Z"));
        assertThat(reminders.remind()).isEqualTo(1);
        long id = jdbc.sql("select id from proposal where title = :title").param("title", title).query(Long.class).single();
        // Changes requested, then resubmitted on Tuesday 10 November: not overdue until Wednesday 18 November.
        jdbc.sql("update proposal set status = 'RESUBMITTED', awaiting_since = :at, reminded_at = null where id = :id")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("id", id).update();
        clock.set(Instant.parse("2026-11-17T12:00:00Z"));
        assertThat(dashboard().select(".overdue-proposals a").eachText()).doesNotContain(title);
        clock.set(Instant.parse("2026-11-18T12:00:00Z"));
        assertThat(reminders.remind()).isEqualTo(1);
    }

    /** A proposal from Radley College waiting for review since {@code since}; returns its title. */
    private String waiting(String since) {
        String title = "Waiting " + UUID.randomUUID().toString().substring(0, 8);
        long school = jdbc.sql("select id from school order by id limit 1").query(Long.class).single();
        Instant at = Instant.parse(since);
        jdbc.sql("""
                        insert into proposal (school_id, title, description, status, created_at, updated_at, awaiting_since)
                        values (:school, :title, 'Text', 'SUBMITTED', :at, :at, :at)
                        """)
                .param("school", school).param("title", title).param("at", at.atOffset(ZoneOffset.UTC)).update();
        return title;
    }

    private Document dashboard() throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin").cookie(coordinator)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
