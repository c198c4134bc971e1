package uk.partnership.base.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who made a change: a signed-in account, or the system itself (a one-off command-line task), which has
 * no account.
 *
 * @param accountId   the account, or null for the system
 * @param email       the e-mail address at the time, kept even if the account is later removed
 * @param displayName how other people see who did it: the person's name, or their e-mail before they set one
 */
public record Actor(@Nullable Long accountId, String email, String displayName) {

    static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** Someone known only by their e-mail address. */
    public Actor(@Nullable Long accountId, String email) {
        this(accountId, email, email);
    }

    /** The application itself, for changes no person made (the one-off command-line tasks). */
    public static Actor system() {
        return new Actor(null, SYSTEM);
    }
}
