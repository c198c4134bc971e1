package uk.partnership.features.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An account as the pages show it. */
public record AccountView(long id, String email, String name, Role role, @Nullable Long schoolId, String schoolName,
                          String status, long version, @Nullable Instant lastSignIn) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean deactivated() {
        return "DEACTIVATED".equals(status);
    }
}
