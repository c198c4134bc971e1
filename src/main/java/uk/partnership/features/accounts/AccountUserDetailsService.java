package uk.partnership.features.accounts;

import java.util.UUID;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account signing in by e-mail; only active accounts are enabled. An account with no password yet
 * (invited) gets the hash of a random password nobody knows, so that checking it takes as long as any other.
 * Stores the new hash when Spring Security re-encodes a password kept in an older format.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final String unusableHash;

    AccountUserDetailsService(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.unusableHash = passwords.encode(UUID.randomUUID() + " " + UUID.randomUUID());
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
