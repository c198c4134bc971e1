package uk.partnership.features.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    @Query("select t from AccountToken t join fetch t.account where t.tokenHash = :hash and t.purpose = :purpose")
    Optional<AccountToken> findByHash(String hash, AccountToken.Purpose purpose);

    /** Older links of the same kind stop working when a new one is sent. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.account = :account and t.purpose = :purpose and t.usedAt is null")
    void retireAll(Account account, AccountToken.Purpose purpose, Instant now);
}
