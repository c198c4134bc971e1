package uk.partnership.features.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.base.mail.MailOutboxWorker;
import uk.partnership.base.mail.ReceivedMail;
import uk.partnership.support.AtOnce;
import uk.partnership.support.DemoContent;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;

/**
 * Issue 21: the day after an event, its host schools' representatives get one e-mail asking for the numbers, sent by
 * one instance however many run the job at once, and never twice; the coordinator's dashboard lists the events that
 * ended without anyone's numbers until someone records them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImpactRequestsTest {

    static final String COORDINATOR = ImpactRecordingTest.COORDINATOR;
    static final String RADLEY = ImpactRecordingTest.RADLEY;
    static final String LARKMEAD = ImpactRecordingTest.LARKMEAD;
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final MockMvc mvc;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final ImpactRequests requests;
    final MailOutboxWorker outbox;
    final UserDetailsService accounts;

    @Autowired
    ImpactRequestsTest(MockMvc mvc, JdbcClient jdbc, DataSource dataSource, ImpactRequests requests,
                       MailOutboxWorker outbox, UserDetailsService accounts) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.requests = requests;
        this.outbox = outbox;
        this.accounts = accounts;
    }

    @BeforeEach
    void othersEventsAreNotThisTestsBusiness() {
        DemoContent.load(dataSource);
        jdbc.sql("insert into impact_request (event_id, asked_at) select id, now() from event on conflict do nothing")
                .update();
    }

    @Test
    void twoRunsAtOnceAskTheHostSchoolsRepresentativesOnceTheDayAfter() throws Exception {
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        String title = "Debating workshop " + System.nanoTime();
        long event = ImpactFixtures.event(jdbc, title, yesterday.atTime(LocalTime.of(16, 0)).atZone(LONDON).toInstant(),
                "academic", "radley-college");

        int asked = AtOnce.twice(() -> requests.ask());
        assertThat(asked).isEqualTo(1);
        assertThat(requests.ask()).as("a later run asks no one again").isZero();

        Outbox.drain(outbox);
        List<ReceivedMail> toRadley = MailCatcher.receivedBy(RADLEY).stream()
                .filter(mail -> mail.subject().contains(title)).toList();
        assertThat(toRadley).extracting(ReceivedMail::subject).containsExactly("How many took part in " + title + "?");
        assertThat(toRadley.getFirst().text()).contains("Please record how many from Radley College took part")
                .contains("/proposals/impact/events/" + event);
        assertThat(MailCatcher.receivedBy(LARKMEAD).stream().filter(mail -> mail.subject().contains(title)))
                .as("a school that did not host it").isEmpty();
    }

    @Test
    void anEventEndingTodayIsAskedAboutTomorrowNotToday() {
        long event = ImpactFixtures.event(jdbc, "Later today", java.time.Instant.now().minusSeconds(7300), "academic",
                "radley-college");
        boolean endedToday = jdbc.sql("select (ends_at at time zone 'Europe/London')::date = (now() at time zone 'Europe/London')::date from event where id = :id")
                .param("id", event).query(Boolean.class).single();
        requests.ask();
        long marked = jdbc.sql("select count(*) from impact_request where event_id = :id").param("id", event)
                .query(Long.class).single();
        assertThat(marked).isEqualTo(endedToday ? 0 : 1);
    }

    @Test
    void theDashboardListsEventsWithoutNumbersUntilSomeoneRecordsThem() throws Exception {
        String title = "Choir rehearsal " + System.nanoTime();
        // Ended a minute ago: the latest of the events without numbers, which the dashboard lists first.
        long event = ImpactFixtures.event(jdbc, title, java.time.Instant.now().minusSeconds(7260), "music",
                "radley-college");

        Document before = dashboard();
        assertThat(before.select(".without-numbers h2").text()).isEqualTo("Events without numbers");
        assertThat(before.select(".without-numbers a").eachText()).contains(title);
        assertThat(before.select(".without-numbers a:containsOwn(" + title + ")").attr("href"))
                .isEqualTo("/admin/impact/events/" + event);

        mvc.perform(post("/proposals/impact/events/" + event).with(csrf())
                        .with(user(accounts.loadUserByUsername(RADLEY))).param("students", "30").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(dashboard().select(".without-numbers a").eachText()).doesNotContain(title);
    }

    private Document dashboard() throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin").with(user(accounts.loadUserByUsername(COORDINATOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
