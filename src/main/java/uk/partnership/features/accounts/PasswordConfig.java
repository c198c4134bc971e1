package uk.partnership.features.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * Passwords are hashed with PBKDF2-HMAC-SHA256 (Spring Security's 5.8 defaults: 310,000 iterations), which takes
 * passwords of any length; bcrypt, used before, refuses more than 72 bytes. Hashes carry their algorithm as a
 * prefix, so the old {@code {bcrypt}} hashes still match and are replaced by a PBKDF2 hash at the person's next
 * sign-in ({@link AccountUserDetailsService#updatePassword}). Why PBKDF2 rather than Argon2: ADR 0013.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    static final String ENCODING = "pbkdf2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCryptPasswordEncoder.matches answers false, never throws, for a password over 72 bytes
        return new DelegatingPasswordEncoder(ENCODING, Map.of(
                ENCODING, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * Checks e-mail and password against the accounts. The password is checked first, whatever the account's
     * state, and only then is a disabled (invited, deactivated) account refused, so that every refusal takes the
     * time of one password check: an invited account has no hash and is checked against an unusable one
     * ({@link AccountUserDetailsService}), as an unknown address is by Spring Security.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setUserDetailsPasswordService(accounts);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ProviderManager(provider);
    }
}
