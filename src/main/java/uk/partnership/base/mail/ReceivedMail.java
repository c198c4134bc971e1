package uk.partnership.base.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;

/**
 * A mail as a catcher received it (the demo's at {@code /demo/mail}, the tests' MailCatcher), read back into
 * the parts a person checks.
 *
 * @param to         the To addresses, comma-separated
 * @param from       the From header as written, with the sender's name if any
 * @param subject    the decoded subject
 * @param receivedAt when the catcher received it (to the millisecond), or else the Date header, if any
 * @param text       the plain-text body, or empty
 * @param html       the HTML body as source, or empty
 */
public record ReceivedMail(String to, String from, String subject, @Nullable Instant receivedAt, String text,
        String html) {

    /** Reads a received message; a message that cannot be parsed is reported, not skipped. */
    public static ReceivedMail of(MimeMessage message) {
        try {
            return of(message, receivedAt(message));
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read a received mail", e);
        }
    }

    /** Reads a message that a catcher of ours received at {@code receivedAt}. */
    public static ReceivedMail of(MimeMessage message, @Nullable Instant receivedAt) {
        try {
            var bodies = new Bodies();
            bodies.collect(message);
            return new ReceivedMail(addresses(message.getRecipients(RecipientType.TO)),
                    addresses(message.getFrom()), message.getSubject() == null ? "" : message.getSubject(),
                    receivedAt,
                    bodies.text == null ? "" : bodies.text, bodies.html == null ? "" : bodies.html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read a received mail", e);
        }
    }

    private static @Nullable Instant receivedAt(MimeMessage message) throws MessagingException {
        Date date = message.getReceivedDate() != null ? message.getReceivedDate() : message.getSentDate();
        return date == null ? null : date.toInstant();
    }

    private static String addresses(Address @Nullable [] addresses) {
        return addresses == null ? ""
                : Arrays.stream(addresses)
                        .map(address -> address instanceof InternetAddress internet ? internet.toUnicodeString()
                                : address.toString()).collect(Collectors.joining(", "));
    }

    /** The first text/plain and text/html parts, however deeply the multiparts nest them. */
    private static final class Bodies {

        private @Nullable String text;
        private @Nullable String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart parts = (Multipart) part.getContent();
                for (int i = 0; i < parts.getCount(); i++) {
                    collect(parts.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            }
        }
    }
}
