package uk.partnership.base.web;

/**
 * A request whose address or parameters are not in the form the page expects (say, {@code ?month=2026-13}).
 * Answered with the 400 page, which explains the problem with the given message.
 */
public class BadRequestException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BadRequestException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
