package uk.partnership.base.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only way the site sends mail: a row in {@code mail_outbox}, written in the caller's transaction, so the
 * mail goes if and only if the change that causes it is saved, and a mail server that is down never fails
 * the change. {@link MailOutboxWorker} sends the rows and retries them (ADR 0012).
 */
@Service
public class MailOutbox {

    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final MailOutboxWorker worker;
    private final OutboxProperties properties;
    private final Clock clock;

    MailOutbox(Mailer mailer, JdbcClient jdbc, MailOutboxWorker worker, OutboxProperties properties, Clock clock) {
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.worker = worker;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues the mail {@code template} for {@code to}, rendered now with {@code model} (see {@link Mailer#render}),
     * in the caller's transaction; it is sent soon after that transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String to, String template, Map<String, Object> model) {
        Mailer.Rendered mail = mailer.render(template, model);
        insert(to, template, null, mail);
    }

    /**
     * Queues a {@link MailJob} for {@code recipient}, in the caller's transaction: the same single insert
     * whatever the job will find, so the caller's answer takes the same time either way.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueJob(String job, String template, String recipient) {
        insert(recipient, template, job, null);
    }

    /** A mail that has been failing for longer than {@code site.mail.outbox.report-after}, for the dashboard. */
    public record FailingMail(String to, String template, Instant failingSince, int attempts,
                              SendFailure lastError, boolean givenUp) {
    }

    /** How many mails have been failing for too long, and the oldest {@code listed} of them. */
    public record Failing(long count, List<FailingMail> oldest) {
    }

    @Transactional(readOnly = true)
    public Failing failingTooLong(int listed) {
        OffsetDateTime before = at(clock.instant().minus(properties.reportAfter()));
        long count = jdbc.sql("select count(*) from mail_outbox where first_failed_at <= :before")
                .param("before", before).query(Long.class).single();
        List<FailingMail> oldest = count == 0 ? List.of() : jdbc.sql("""
                        select recipient, template, first_failed_at, attempts, last_error_kind, given_up_at
                        from mail_outbox where first_failed_at <= :before order by first_failed_at, id limit :listed
                        """)
                .param("before", before).param("listed", listed)
                .query((rs, row) -> new FailingMail(rs.getString("recipient"), rs.getString("template"),
                        rs.getObject("first_failed_at", OffsetDateTime.class).toInstant(), rs.getInt("attempts"),
                        failure(rs.getString("last_error_kind")), rs.getObject("given_up_at") != null))
                .list();
        return new Failing(count, oldest);
    }

    private void insert(String to, String template, @Nullable String job, Mailer.@Nullable Rendered mail) {
        OffsetDateTime now = at(clock.instant());
        jdbc.sql("""
                        insert into mail_outbox (template, recipient, job, subject, text_body, html_body, created_at, due_at)
                        values (:template, :recipient, :job, :subject, :text, :html, :now, :now)
                        """)
                .param("template", template).param("recipient", to).param("job", job, java.sql.Types.VARCHAR)
                .param("subject", mail == null ? null : mail.subject(), java.sql.Types.VARCHAR)
                .param("text", mail == null ? null : mail.text(), java.sql.Types.VARCHAR)
                .param("html", mail == null ? null : mail.html(), java.sql.Types.VARCHAR)
                .param("now", now).update();
        wakeAfterCommit();
    }

    /** Sends at once after the commit, so a person waiting for an invitation or a reset link does not wait. */
    private void wakeAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wake();
            }
        });
    }

    private static SendFailure failure(@Nullable String kind) {
        try {
            return kind == null ? SendFailure.REFUSED : SendFailure.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return SendFailure.REFUSED;
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
