package uk.partnership.base.mail;

import static uk.partnership.base.mail.MailOutbox.at;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail in {@code mail_outbox} on every instance: every {@code site.mail.outbox.interval}, and at once
 * when a commit queued mail. Each instance claims due rows with {@code FOR UPDATE SKIP LOCKED} for
 * {@code claim-for}, so no two instances send the same mail; a crashed instance's claims run out and another
 * instance sends its rows. A failed mail is tried again after 1, 2, 4 ... minutes (capped), and given up after
 * {@code max-attempts} tries or {@code give-up-after}; its last error is kept for the dashboard.
 */
@Component
public class MailOutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxWorker.class);

    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<MailJob> jobs;
    private final OutboxProperties properties;
    private final Clock clock;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private @Nullable ThreadPoolTaskScheduler scheduler;

    MailOutboxWorker(Mailer mailer, JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<MailJob> jobs,
                     OutboxProperties properties, Clock clock) {
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /** A claimed row. */
    private record Claimed(long id, UUID claim, String template, String recipient, @Nullable String job,
                           @Nullable String subject, @Nullable String text, @Nullable String html, Instant createdAt,
                           int attempts) {
    }

    /**
     * Sends every mail that is due now and not claimed by another worker, batch after batch; returns how many
     * the mail server took. Safe to call from any number of threads and instances at once.
     */
    public int sendDue() {
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = claim();
            for (Claimed row : batch) {
                sent += send(row) ? 1 : 0;
            }
        } while (batch.size() == properties.batchSize());
        forgetOldGivenUp();
        return sent;
    }

    /** How many mails are due now, claimed or not: zero when every due mail has been sent or put off. */
    public long dueNow() {
        return jdbc.sql("select count(*) from mail_outbox where given_up_at is null and due_at <= :now")
                .param("now", at(clock.instant())).query(Long.class).single();
    }

    /** Asks for a run soon, on the worker's thread; several wakes before it starts make one run. */
    void wake() {
        ThreadPoolTaskScheduler running = scheduler;
        if (running != null && wakeQueued.compareAndSet(false, true)) {
            running.execute(() -> {
                wakeQueued.set(false);
                sendDueQuietly();
            });
        }
    }

    private List<Claimed> claim() {
        Instant now = clock.instant();
        UUID claim = UUID.randomUUID();
        return jdbc.sql("""
                        update mail_outbox set claim = :claim, claimed_until = :until, attempts = attempts + 1
                        where id in (select id from mail_outbox
                                     where given_up_at is null and due_at <= :now
                                       and (claimed_until is null or claimed_until < :now)
                                     order by due_at, id limit :batch
                                     for update skip locked)
                        returning id, template, recipient, job, subject, text_body, html_body, created_at, attempts
                        """)
                .param("claim", claim).param("until", at(now.plus(properties.claimFor()))).param("now", at(now))
                .param("batch", properties.batchSize())
                .query((rs, row) -> new Claimed(rs.getLong("id"), claim, rs.getString("template"),
                        rs.getString("recipient"), rs.getString("job"), rs.getString("subject"),
                        rs.getString("text_body"), rs.getString("html_body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts")))
                .list();
    }

    private boolean send(Claimed row) {
        try {
            if (row.job() == null) {
                mailer.deliver(row.recipient(), new Mailer.Rendered(row.subject(), row.text(), row.html()));
            } else {
                Optional<MailJob.Mail> mail = prepare(row);
                if (mail.isPresent()) {
                    mailer.deliver(mail.get().to(), mailer.render(mail.get().template(), mail.get().model()));
                } else {
                    done(row);
                    return false;
                }
            }
            done(row);
            return true;
        } catch (MailNotSentException e) {
            failed(row, e.failure(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("The {} mail (outbox row {}) could not be prepared", row.template(), row.id(), e);
            failed(row, SendFailure.REFUSED, e.toString());
        }
        return false;
    }

    private Optional<MailJob.Mail> prepare(Claimed row) {
        MailJob job = jobs.orderedStream().filter(candidate -> candidate.name().equals(row.job())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no mail job named " + row.job()));
        Optional<MailJob.Mail> mail = transactions.execute(status -> job.prepare(row.recipient()));
        return mail == null ? Optional.empty() : mail;
    }

    private void done(Claimed row) {
        jdbc.sql("delete from mail_outbox where id = :id and claim = :claim")
                .param("id", row.id()).param("claim", row.claim()).update();
    }

    private void failed(Claimed row, SendFailure failure, @Nullable String error) {
        Instant now = clock.instant();
        String text = error == null ? failure.name() : error.length() > 2000 ? error.substring(0, 2000) : error;
        boolean giveUp = row.attempts() >= properties.maxAttempts()
                || !now.isBefore(row.createdAt().plus(properties.giveUpAfter()));
        if (giveUp) {
            log.error("Gave up the {} mail (outbox row {}) after {} tries: {}", row.template(), row.id(),
                    row.attempts(), text);
            jdbc.sql("""
                            update mail_outbox set claim = null, claimed_until = null, given_up_at = :now,
                                first_failed_at = coalesce(first_failed_at, :now), last_error = :error,
                                last_error_kind = :kind, subject = null, text_body = null, html_body = null
                            where id = :id and claim = :claim
                            """)
                    .param("now", at(now)).param("error", text).param("kind", failure.name())
                    .param("id", row.id()).param("claim", row.claim()).update();
            return;
        }
        Duration wait = properties.retryAfter(row.attempts());
        log.warn("The {} mail (outbox row {}) was not sent, try {}; next try in {}: {}", row.template(), row.id(),
                row.attempts(), wait, text);
        jdbc.sql("""
                        update mail_outbox set claim = null, claimed_until = null, due_at = :due,
                            first_failed_at = coalesce(first_failed_at, :now), last_error = :error, last_error_kind = :kind
                        where id = :id and claim = :claim
                        """)
                .param("due", at(now.plus(wait))).param("now", at(now)).param("error", text)
                .param("kind", failure.name()).param("id", row.id()).param("claim", row.claim()).update();
    }

    private void forgetOldGivenUp() {
        jdbc.sql("delete from mail_outbox where given_up_at < :before")
                .param("before", at(clock.instant().minus(properties.keepGivenUp()))).update();
    }

    private void sendDueQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database may be away; the next run tries again.
            log.warn("The mail outbox could not be read: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        var created = new ThreadPoolTaskScheduler();
        created.setPoolSize(1);
        created.setThreadNamePrefix("mail-outbox-");
        created.setDaemon(true);
        created.setWaitForTasksToCompleteOnShutdown(true);
        created.setAwaitTerminationSeconds(15);
        created.initialize();
        created.scheduleWithFixedDelay(this::sendDueQuietly, created.getClock().instant().plus(properties.interval()),
                properties.interval());
        scheduler = created;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
