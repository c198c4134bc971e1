package uk.partnership.features.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in. */
@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String name = "";
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long schoolId;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant lastSignIn;

    protected Account() {
    }

    /** A new account waiting for its owner to accept the invitation. */
    static Account invited(String email, Role role, Long schoolId, Instant now) {
        var account = new Account();
        account.email = email.strip();
        account.role = role;
        account.schoolId = role == Role.REPRESENTATIVE ? schoolId : null;
        account.status = AccountStatus.INVITED;
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    void accept(String name, String passwordHash, Instant now) {
        this.name = name.strip();
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        this.updatedAt = now;
    }

    void rename(String name, Instant now) {
        this.name = name.strip();
        this.updatedAt = now;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    void assign(Role role, Long schoolId, Instant now) {
        this.role = role;
        this.schoolId = role == Role.REPRESENTATIVE ? schoolId : null;
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        this.status = AccountStatus.DEACTIVATED;
        this.updatedAt = now;
    }

    void reactivate(Instant now) {
        this.status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getName() {
        return name;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getSchoolId() {
        return schoolId;
    }

    AccountStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    Instant getLastSignIn() {
        return lastSignIn;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
