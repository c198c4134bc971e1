package uk.partnership.features.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The hash that stands in for an invited account's missing password is made when an invited account first signs
 * in, not when the application starts: its 310,000 rounds of PBKDF2 were about 0.3 s of every start (issue 18).
 */
class AccountUserDetailsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private final AccountRepository accounts = mock(AccountRepository.class);
    private final CountingEncoder passwords = new CountingEncoder();
    private final AccountUserDetailsService service = new AccountUserDetailsService(accounts, passwords);

    @Test
    void startingHashesNothing() {
        assertThat(passwords.encoded).isEmpty();
    }

    @Test
    void anActiveAccountSigningInIsCheckedAgainstItsOwnHashAndNoneIsMade() {
        Account active = stored(Account.invited("active@example.org", Role.COORDINATOR, null, NOW));
        active.accept("Active Person", "{test}own-hash", NOW);
        when(accounts.findByEmail("active@example.org")).thenReturn(Optional.of(active));

        UserDetails user = service.loadUserByUsername(" active@example.org ");

        assertThat(user.getPassword()).isEqualTo("{test}own-hash");
        assertThat(user.isEnabled()).isTrue();
        assertThat(passwords.encoded).isEmpty();
    }

    @Test
    void anInvitedAccountGetsTheHashOfARandomPasswordMadeOnceAndKept() {
        when(accounts.findByEmail("invited@example.org"))
                .thenReturn(Optional.of(stored(Account.invited("invited@example.org", Role.COORDINATOR, null, NOW))));

        UserDetails first = service.loadUserByUsername("invited@example.org");
        UserDetails second = service.loadUserByUsername("invited@example.org");

        assertThat(passwords.encoded).hasSize(1);
        assertThat(first.getPassword()).isEqualTo("{test}" + passwords.encoded.getFirst())
                .isEqualTo(second.getPassword());
        assertThat(first.isEnabled()).isFalse();
    }

    /** The account as the database gives it back, with its id. */
    private static Account stored(Account account) {
        ReflectionTestUtils.setField(account, "id", 7L);
        return account;
    }

    /** Records what it is asked to hash; a hash is the password with a prefix. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final List<String> encoded = new ArrayList<>();

        @Override
        public String encode(CharSequence rawPassword) {
            encoded.add(rawPassword.toString());
            return "{test}" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return encodedPassword.equals("{test}" + rawPassword);
        }
    }
}
