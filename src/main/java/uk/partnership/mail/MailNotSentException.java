package uk.partnership.mail;

/**
 * A mail could not be handed to the mail server: none is configured, it refused the message, or it could
 * not be reached. The caller decides whether to tell the user, retry or carry on.
 */
public class MailNotSentException extends RuntimeException {

    MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }

    MailNotSentException(String message) {
        super(message);
    }
}
