package uk.partnership.base.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Why a mail was not sent, in the few kinds a coordinator can act on; the dashboard says each in plain words
 * (message {@code mail.failure.<name>}), and the outbox keeps the technical text beside it for the log.
 */
public enum SendFailure {

    /** The mail server's address does not answer (down, wrong host or port, or a firewall). */
    UNREACHABLE,
    /** The mail server answered too slowly. */
    TIMEOUT,
    /** The mail server refused the site's user name or password. */
    AUTHENTICATION,
    /** The mail server refused the recipient's address. */
    ADDRESS_REFUSED,
    /** No mail server is configured. */
    NOT_CONFIGURED,
    /** Anything else the mail server refused. */
    REFUSED;

    /** The key of the plain-words message for this failure. */
    public String messageKey() {
        return "mail.failure." + name();
    }

    static SendFailure of(Throwable failure) {
        if (failure instanceof MailAuthenticationException) {
            return AUTHENTICATION;
        }
        if (failure instanceof MailSendException send && failure.getCause() == null
                && send.getMessageExceptions().length > 0) {
            return of(send.getMessageExceptions()[0]);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return AUTHENTICATION;
            }
            if (cause instanceof SocketTimeoutException) {
                return TIMEOUT;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
            if (cause instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0) {
                return ADDRESS_REFUSED;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return REFUSED;
    }
}
