package uk.partnership.base.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Someone else saved the same item after this form was opened (optimistic locking: the form's version is
 * not the item's any more). Controllers answer 409 with the form as the person typed it, and the message
 * {@code edit.conflict} naming who changed it and when.
 */
public class EditConflictException extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' EEE d MMM yyyy", Locale.UK);

    private final String changedBy;
    private final @Nullable Instant changedAt;

    public EditConflictException(String changedBy, @Nullable Instant changedAt) {
        super("changed meanwhile by " + changedBy);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** Adds the form-wide message "{who} saved this at {when}…" to the form's errors. */
    public void rejectInto(Errors errors, ZoneId zone) {
        String when = changedAt == null ? "" : WHEN.format(changedAt.atZone(zone));
        errors.reject("edit.conflict", new Object[] {changedBy, when}, null);
    }

    public String changedBy() {
        return changedBy;
    }

    public @Nullable Instant changedAt() {
        return changedAt;
    }
}
