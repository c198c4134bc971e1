package uk.partnership.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final String HOME = "192.0.2.10";
    static final String ELSEWHERE = "198.51.100.7";
    static final Duration WINDOW = Duration.ofMinutes(15);

    final MutableClock clock = new MutableClock(Instant.parse("2026-10-20T12:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(0, 0, null), clock);

    @Test
    void defaultsAreFiveAttemptsPerAccountAndTwentyPerAddressInFifteenMinutes() {
        var defaults = new LoginThrottleProperties(0, 0, null);
        assertThat(defaults.attemptsPerAccount()).isEqualTo(5);
        assertThat(defaults.attemptsPerAddress()).isEqualTo(20);
        assertThat(defaults.window()).isEqualTo(WINDOW);
        assertThat(new LoginThrottleProperties(3, 10, Duration.ofMinutes(5)))
                .isEqualTo(new LoginThrottleProperties(3, 10, Duration.ofMinutes(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottleProperties(-1, 0, null));
    }

    @Test
    void sixthAttemptOnOneAccountIsRefusedWhileAnotherAccountFromTheSameAddressIsAllowed() {
        attempts(5, "alice@example.org", HOME);

        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
        assertThat(throttle.tryAttempt("alice@example.org", ELSEWHERE)).as("the account limit follows the account")
                .isFalse();
        assertThat(throttle.tryAttempt("bob@example.org", HOME)).isTrue();
    }

    @Test
    void accountsAreMatchedIgnoringCase() {
        attempts(5, "Alice@Example.org", HOME);

        assertThat(throttle.tryAttempt(" alice@example.ORG ", ELSEWHERE)).isFalse();
    }

    @Test
    void oneAddressMayTryOnlyTwentyAttemptsAcrossManyAccounts() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.tryAttempt("person" + i + "@example.org", HOME)).as("attempt %d", i + 1).isTrue();
        }

        assertThat(throttle.tryAttempt("person20@example.org", HOME)).isFalse();
        assertThat(throttle.tryAttempt("person20@example.org", ELSEWHERE)).isTrue();
    }

    @Test
    void refusalsForALockedAccountDoNotUseUpTheAddressAllowance() {
        attempts(5, "alice@example.org", HOME);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
        }

        for (int i = 0; i < 15; i++) {
            assertThat(throttle.tryAttempt("person" + i + "@example.org", HOME)).as("attempt %d", i + 1).isTrue();
        }
        assertThat(throttle.tryAttempt("person15@example.org", HOME)).isFalse();
    }

    @Test
    void refusalsFromABusyAddressDoNotUseUpTheAccountAllowance() {
        for (int i = 0; i < 20; i++) {
            throttle.tryAttempt("person" + i + "@example.org", HOME);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
        }

        attempts(5, "alice@example.org", ELSEWHERE);
        assertThat(throttle.tryAttempt("alice@example.org", ELSEWHERE)).isFalse();
    }

    @Test
    void attemptsAreAllowedAgainOnceTheWindowHasPassed() {
        attempts(5, "alice@example.org", HOME);
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();

        clock.advance(WINDOW.minusSeconds(1));
        attempts(4, "alice@example.org", HOME);
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();

        clock.advance(WINDOW);
        attempts(5, "alice@example.org", HOME);
    }

    @Test
    void theAllowanceRefillsSteadilyOneAttemptEveryThreeMinutes() {
        attempts(5, "alice@example.org", HOME);

        clock.advance(Duration.ofMinutes(3));
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isTrue();
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
    }

    @Test
    void signingInForgetsTheAccountsFailedAttempts() {
        attempts(5, "alice@example.org", HOME);

        throttle.succeeded("ALICE@example.org");

        attempts(5, "alice@example.org", HOME);
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
    }

    @Test
    void retryAfterSaysHowLongToWaitForTheNextAttempt() {
        assertThat(throttle.retryAfter("alice@example.org", HOME)).isZero();
        attempts(4, "alice@example.org", HOME);
        assertThat(throttle.retryAfter("alice@example.org", HOME)).isZero();

        attempts(1, "alice@example.org", HOME);
        Duration wait = throttle.retryAfter("alice@example.org", HOME);
        assertThat(wait).isPositive().isLessThanOrEqualTo(WINDOW).isEqualTo(Duration.ofMinutes(3));

        clock.advance(wait.minusSeconds(1));
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
        assertThat(throttle.retryAfter("alice@example.org", HOME)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isTrue();
    }

    @Test
    void retryAfterCoversTheAddressLimitToo() {
        for (int i = 0; i < 20; i++) {
            throttle.tryAttempt("person" + i + "@example.org", HOME);
        }

        assertThat(throttle.retryAfter("alice@example.org", HOME)).isPositive().isLessThanOrEqualTo(WINDOW);
        assertThat(throttle.retryAfter("alice@example.org", ELSEWHERE)).isZero();
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.tryAttempt("person" + i + "@example.org", "2001:db8:0:0::" + Integer.toHexString(i + 1)))
                    .isTrue();
        }

        assertThat(throttle.tryAttempt("person20@example.org", "2001:db8::ffff:1")).isFalse();
        assertThat(throttle.tryAttempt("person20@example.org", "2001:db8:0:1::1")).isTrue();
        assertThat(LoginThrottle.addressKey("::ffff:192.0.2.10")).isEqualTo(LoginThrottle.addressKey(HOME));
        assertThat(LoginThrottle.addressKey("not an address")).isEqualTo("not an address");
    }

    @Test
    void bucketsIdleForAWindowAreDroppedOnceThereAreMoreThanTenThousand() {
        var roomy = new LoginThrottle(new LoginThrottleProperties(5, 1_000_000, null), clock);
        for (int i = 0; i <= LoginThrottle.PRUNE_ABOVE; i++) {
            roomy.tryAttempt("person" + i + "@example.org", HOME);
        }
        int full = roomy.size();
        assertThat(full).isEqualTo(LoginThrottle.PRUNE_ABOVE + 2);

        clock.advance(WINDOW.minusMinutes(1));
        roomy.tryAttempt("late@example.org", HOME);
        assertThat(roomy.size()).as("nothing is idle for a whole window yet").isEqualTo(full + 1);

        clock.advance(Duration.ofMinutes(1));
        roomy.tryAttempt("later@example.org", HOME);
        assertThat(roomy.size()).as("the address and the two recent accounts are kept").isEqualTo(3);
    }

    @Test
    void theThrottledMessageSaysHowManyMinutesToWait() throws IOException {
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        var format = new MessageFormat(messages.getProperty("login.throttled"), Locale.UK);

        assertThat(format.format(new Object[] {1L}))
                .isEqualTo("Too many attempts to sign in. Wait 1 minute, then try again.");
        assertThat(format.format(new Object[] {3L}))
                .isEqualTo("Too many attempts to sign in. Wait 3 minutes, then try again.");
    }

    private void attempts(int count, String email, String address) {
        for (int i = 0; i < count; i++) {
            assertThat(throttle.tryAttempt(email, address)).as("attempt %d for %s", i + 1, email).isTrue();
        }
    }

    /** A clock that stands still until a test moves it on. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
