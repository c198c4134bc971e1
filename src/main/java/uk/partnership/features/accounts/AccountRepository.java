package uk.partnership.features.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    /**
     * Replaces a hash with the same password hashed in the current format, only if the account still has the
     * old one (a password changed meanwhile is kept).
     */
    @Modifying
    @Query("update Account a set a.passwordHash = :newHash where a.id = :id and a.passwordHash = :oldHash")
    int rehashPassword(long id, String oldHash, String newHash);

    /**
     * Notes when the account last signed in. Not a change anyone made to the account, so its version stays: two
     * sign-ins at once (a double click) both succeed, and an edit of the account open meanwhile still saves.
     */
    @Modifying
    @Query("update Account a set a.lastSignIn = :at where a.id = :id")
    int recordSignIn(long id, Instant at);

    @Query("select a from Account a order by a.status, a.role, lower(a.name), lower(a.email)")
    List<Account> findAllForAdmin();

    /** How many accounts have each status, counted by the database (the dashboard reads no account to count them). */
    @Query("select new uk.partnership.features.accounts.AccountRepository$StatusCount(a.status, count(a))"
            + " from Account a group by a.status")
    List<StatusCount> countByStatus();

    /** A status and how many accounts have it. */
    record StatusCount(AccountStatus status, long accounts) {
    }

    @Query("select a from Account a where a.role = 'COORDINATOR' and a.status = 'ACTIVE'")
    List<Account> findActiveCoordinators();

    @Query("select a from Account a where a.role = 'REPRESENTATIVE' and a.status = 'ACTIVE' and a.schoolId = :school")
    List<Account> findActiveRepresentatives(long school);
}
