package uk.partnership.base.mail;

import java.util.Map;
import java.util.Optional;

/**
 * A mail that is made when it is sent rather than when it is queued ({@link MailOutbox#enqueueJob}): the
 * password reset, whose request must cost the same whether or not the address has an account, and whose
 * one-time link is made by the worker so that it is never stored. A feature registers one as a bean.
 */
public interface MailJob {

    /** The name the job is queued under. */
    String name();

    /**
     * Makes the mail for {@code recipient}, in the worker's own transaction (committed before the mail is
     * handed to the server), or returns empty when there is nothing to send. On a retry it is called again.
     */
    Optional<Mail> prepare(String recipient);

    /** A mail to render with {@code template} and {@code model} (as {@link MailOutbox#enqueue}) and send. */
    record Mail(String to, String template, Map<String, Object> model) {
    }
}
