package uk.partnership.features.accounts;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    String BY_HASH = "select t from AccountToken t join fetch t.account "
            + "where t.tokenHash = :hash and t.purpose = :purpose";

    @Query(BY_HASH)
    Optional<AccountToken> findByHash(String hash, AccountToken.Purpose purpose);

    /**
     * The same, locked until the transaction ends, to use it: a link sent twice at once (a double click on "Create
     * account") is used by the first, and the second then finds it used.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(BY_HASH)
    Optional<AccountToken> findByHashToUse(String hash, AccountToken.Purpose purpose);

    /** Older links of the same kind stop working when a new one is sent. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.account = :account and t.purpose = :purpose and t.usedAt is null")
    void retireAll(Account account, AccountToken.Purpose purpose, Instant now);
}
