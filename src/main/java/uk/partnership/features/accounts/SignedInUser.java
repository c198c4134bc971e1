package uk.partnership.features.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import uk.partnership.base.audit.Actor;

/**
 * The person signed in, as other features see them: their account, role and (for a representative) school.
 * Kept in the session, which is stored in PostgreSQL, so it is serialisable and holds no password after
 * sign-in.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String name;
    private final Role role;
    private final @Nullable Long schoolId;
    private final boolean active;
    private @Nullable String passwordHash;

    SignedInUser(long accountId, String email, String name, Role role, @Nullable Long schoolId, boolean active,
                 @Nullable String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.name = name;
        this.role = role;
        this.schoolId = schoolId;
        this.active = active;
        this.passwordHash = passwordHash;
    }

    /** The account signing in, with its password hash, or the hash {@code hashIfNone} gives if it has none yet. */
    static SignedInUser of(Account account, Supplier<String> hashIfNone) {
        String hash = account.getPasswordHash() == null ? hashIfNone.get() : account.getPasswordHash();
        return new SignedInUser(account.getId(), account.getEmail(), account.getName(), account.getRole(),
                account.getSchoolId(), account.getStatus() == AccountStatus.ACTIVE, hash);
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    /** How other people see who did something: the person's name, or their e-mail before they set one. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }

    public Role role() {
        return role;
    }

    /** The school a representative acts for; null for a coordinator. */
    public @Nullable Long schoolId() {
        return schoolId;
    }

    public boolean isCoordinator() {
        return role == Role.COORDINATOR;
    }

    /** Who did it, for the audit trail. */
    public Actor actor() {
        return new Actor(accountId, email, displayName());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Sessions are found by e-mail (Spring Session's principal name index), so equality is by account. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + accountId + ", " + role + "]";
    }
}
