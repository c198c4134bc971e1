package uk.partnership.base.mail;

import org.jspecify.annotations.Nullable;

/**
 * A mail could not be handed to the mail server: none is configured, it refused the message, or it could
 * not be reached. The outbox records the failure and tries again later.
 */
class MailNotSentException extends RuntimeException {

    private final SendFailure failure;

    MailNotSentException(SendFailure failure, @Nullable String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    MailNotSentException(SendFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    SendFailure failure() {
        return failure;
    }
}
