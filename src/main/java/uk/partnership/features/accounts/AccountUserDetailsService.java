package uk.partnership.features.accounts;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Finds the account signing in by e-mail; only active accounts are enabled. An account with no password yet
 * (invited) gets the hash of a random password nobody knows, so that checking it takes as long as any other. That
 * hash is made when first needed, not at start-up, where its 310,000 rounds of PBKDF2 took about 0.3 s (issue 18).
 * Stores the new hash when Spring Security re-encodes a password kept in an older format.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final Supplier<String> unusableHash;

    AccountUserDetailsService(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.unusableHash = SingletonSupplier.of(() -> passwords.encode(UUID.randomUUID() + " " + UUID.randomUUID()));
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(email.strip())
                .map(account -> SignedInUser.of(account, unusableHash))
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    /** Called after a successful sign-in whose hash is in an older format, with the password hashed anew. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        SignedInUser signedIn = (SignedInUser) user;
        if (signedIn.getPassword() != null) {
            accounts.rehashPassword(signedIn.accountId(), signedIn.getPassword(), newHash);
        }
        return signedIn;
    }
}
