/**
 * Outgoing e-mail: {@link uk.partnership.mail.Mailer} renders a message from the templates in
 * {@code templates/mail/} (plain text and HTML) and sends it through the SMTP server the environment names.
 * In the demo profile a local catcher receives every message, never delivers it, and shows it at
 * {@code /demo/mail}.
 */
package uk.partnership.mail;
