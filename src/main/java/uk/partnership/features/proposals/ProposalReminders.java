package uk.partnership.features.proposals;

import static uk.partnership.base.web.DateFormats.DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.web.SiteProperties;

/**
 * Proposals left waiting for a coordinator's review more than {@value #WORKING_DAYS} working days (weekends and
 * bank holidays of England and Wales not counted, {@link WorkingDays}): listed on the dashboard, and reminded to the
 * coordinators by e-mail once per wait (a resubmission starts a new wait).
 * <p>
 * Once, on one instance, however many run (ADR 0021): the job takes a PostgreSQL transaction-level advisory lock
 * ({@code pg_try_advisory_xact_lock}), so only one instance works at a time and the others skip this run, and it
 * marks each proposal {@code reminded_at} with a conditional update in the transaction that queues the mail (the
 * outbox), so a proposal is reminded once even by runs one after the other, and a run that fails sends nothing.
 */
@Component
class ProposalReminders {

    static final int WORKING_DAYS = 5;
    /** The advisory lock's key: any fixed number no other job of this database uses ("PROPREMI" in ASCII). */
    static final long LOCK = 0x50524F505245_4D49L;

    private final JdbcClient jdbc;
    private final ProposalNotices notices;
    private final Clock clock;
    private final ZoneId zone;

    ProposalReminders(JdbcClient jdbc, ProposalNotices notices, Clock clock, SiteProperties site) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** A proposal waiting too long: since when (formatted and machine-readable), and whether reminded yet. */
    record Waiting(long id, String title, String schoolName, OffsetDateTime since, boolean reminded) {
    }

    /** The proposals waiting more than the working days allowed, longest first. */
    @Transactional(readOnly = true)
    List<Waiting> overdue() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return jdbc.sql("""
                        select p.id, p.title, s.name as school_name, p.awaiting_since, p.reminded_at is not null as reminded
                        from proposal p join school s on s.id = p.school_id
                        where p.status in ('SUBMITTED', 'RESUBMITTED') and p.awaiting_since is not null
                        order by p.awaiting_since, p.id
                        """)
                .query((rs, row) -> new Waiting(rs.getLong("id"), rs.getString("title"), rs.getString("school_name"),
                        rs.getObject("awaiting_since", OffsetDateTime.class), rs.getBoolean("reminded")))
                .list().stream()
                .filter(waiting -> WorkingDays.after(waiting.since().atZoneSameInstant(zone).toLocalDate(), today) > WORKING_DAYS)
                .toList();
    }

    /** Formats a wait's start for pages. */
    String since(Waiting waiting) {
        return DAY.format(waiting.since().atZoneSameInstant(zone));
    }

    /** The day a wait started, in the site's zone. */
    LocalDate sinceDay(Waiting waiting) {
        return waiting.since().atZoneSameInstant(zone).toLocalDate();
    }

    /**
     * Reminds the coordinators of each proposal waiting too long and not reminded yet; returns how many. Another
     * instance already at it: nothing (0), its run does the work.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    @Transactional
    public int remind() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        int reminded = 0;
        for (Waiting waiting : overdue()) {
            if (waiting.reminded()) {
                continue;
            }
            int marked = jdbc.sql("update proposal set reminded_at = :now where id = :id and reminded_at is null")
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", waiting.id()).update();
            if (marked == 1) {
                notices.overdue(waiting.id());
                reminded++;
            }
        }
        return reminded;
    }
}
