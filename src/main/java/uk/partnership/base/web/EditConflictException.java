package uk.partnership.base.web;

import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;

/**
 * Someone else saved the same item after this form was opened (optimistic locking: the form's version is not the
 * item's any more). Services throw it; controllers hand it to {@link FormPages}, which answers 409 with the form as
 * the person typed it, the message {@code edit.conflict} naming who changed it and when, and the version now saved.
 */
public class EditConflictException extends RuntimeException {

    /** The form-wide error of a conflict with a named editor: "{who} saved this at {when}…". */
    public static final String CODE = "edit.conflict";
    /**
     * The form-wide error of a conflict whose editor is not known. Spring looks up
     * {@code edit.conflict.unnamed.<form name>} first, so a form can word it for its item.
     */
    public static final String UNNAMED = "edit.conflict.unnamed";

    private final String changedBy;
    private final @Nullable Instant changedAt;
    private final @Nullable Long savedVersion;

    /**
     * @param changedBy    who saved last, as the message names them; blank when not known
     * @param changedAt    when they saved; null when not known
     * @param savedVersion the item's version now, which the form sends when saved again; null when not known
     */
    public EditConflictException(String changedBy, @Nullable Instant changedAt, @Nullable Long savedVersion) {
        super("changed meanwhile by " + changedBy);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.savedVersion = savedVersion;
    }

    /** A conflict whose saved version is not known: the form keeps its own, so saving again is refused again. */
    public EditConflictException(String changedBy, @Nullable Instant changedAt) {
        this(changedBy, changedAt, null);
    }

    /** Adds the form-wide message "{who} saved this at {when}…" (or the unnamed one) to the form's errors. */
    public void rejectInto(Errors errors, ZoneId zone) {
        if (changedBy.isBlank()) {
            errors.reject(UNNAMED);
            return;
        }
        String when = changedAt == null ? "" : DateFormats.TIME_ON_DAY.format(changedAt.atZone(zone));
        errors.reject(CODE, new Object[] {changedBy, when}, null);
    }

    /** Whether an error is the one {@link #rejectInto} adds. */
    public static boolean isConflict(ObjectError error) {
        return CODE.equals(error.getCode()) || UNNAMED.equals(error.getCode());
    }

    public String changedBy() {
        return changedBy;
    }

    public @Nullable Instant changedAt() {
        return changedAt;
    }

    public @Nullable Long savedVersion() {
        return savedVersion;
    }
}
