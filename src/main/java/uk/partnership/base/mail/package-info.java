/**
 * Outgoing e-mail. Features queue a mail with {@link uk.partnership.base.mail.MailOutbox} inside the transaction of
 * the change that causes it; {@link uk.partnership.base.mail.MailOutboxWorker} sends the queued mail, retries it with
 * back-off and never sends one twice across instances (ADR 0012). {@link uk.partnership.base.mail.Mailer} renders a
 * message from the templates in {@code templates/mail/} (plain text and HTML) and hands it to the SMTP server
 * the environment names. In the demo profile a local catcher receives every message, never delivers it, and
 * shows it at {@code /demo/mail}.
 */
@NullMarked
package uk.partnership.base.mail;

import org.jspecify.annotations.NullMarked;
