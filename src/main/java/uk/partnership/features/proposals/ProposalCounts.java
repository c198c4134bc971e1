package uk.partnership.features.proposals;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many proposals wait for a coordinator's review, and which have waited too long, for the dashboard. */
@Service
public class ProposalCounts {

    private final JdbcClient jdbc;
    private final ProposalReminders reminders;

    ProposalCounts(JdbcClient jdbc, ProposalReminders reminders) {
        this.jdbc = jdbc;
        this.reminders = reminders;
    }

    /** A proposal waiting more than 5 working days for a review, as the dashboard flags it. */
    public record Overdue(long id, String title, String schoolName, String since, String sinceDatetime) {
    }

    /** The proposals waiting more than 5 working days for a review (weekends and bank holidays not counted). */
    public List<Overdue> overdue() {
        return reminders.overdue().stream().map(waiting -> new Overdue(waiting.id(), waiting.title(),
                waiting.schoolName(), reminders.since(waiting), reminders.sinceDay(waiting).toString())).toList();
    }

    @Transactional(readOnly = true)
    public long awaitingReview() {
        return jdbc.sql("select count(*) from proposal where status in ('SUBMITTED', 'RESUBMITTED')").query(Long.class).single();
    }
}
