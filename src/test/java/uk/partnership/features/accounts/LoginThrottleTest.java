package uk.partnership.features.accounts;

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
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class LoginThrottleTest {

    static final String HOME = "192.0.2.10";
    static final String ELSEWHERE = "198.51.100.7";
    static final Duration WINDOW = Duration.ofMinutes(15);

    final MutableClock clock = new MutableClock(Instant.parse("2026-10-20T12:00:00Z"));
    final JdbcClient jdbc = ThrottleDatabase.emptyTable();
    final ThrottleBuckets buckets = new ThrottleBuckets(jdbc, clock);
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(0, 0, null), buckets);

    @Test
    void defaultsAreFiveFailuresPerAccountAndTwentyPerAddressInFifteenMinutesAndThreeResetMailsAnHour() {
        var defaults = new LoginThrottleProperties(0, 0, null);
        assertThat(defaults.attemptsPerAccount()).isEqualTo(5);
        assertThat(defaults.attemptsPerAddress()).isEqualTo(20);
        assertThat(defaults.window()).isEqualTo(WINDOW);
        assertThat(defaults.resetMailsPerAccount()).isEqualTo(3);
        assertThat(defaults.resetMailWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(defaults.resetRequestsPerAddress()).isEqualTo(10);
        assertThat(defaults.resetRequestWindow()).isEqualTo(WINDOW);
        assertThat(new LoginThrottleProperties(3, 10, Duration.ofMinutes(5)))
                .isEqualTo(new LoginThrottleProperties(3, 10, Duration.ofMinutes(5)));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoginThrottleProperties(-1, 0, null));
    }

    @Test
    void sixthFailureOnOneAccountFromOneAddressIsRefusedWhileAnotherAccountFromTheSameAddressIsAllowed() {
        attempts(5, "alice@example.org", HOME);

        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
        assertThat(throttle.tryAttempt("bob@example.org", HOME)).isTrue();
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotStopTheAccountFromAnotherAddress() {
        attempts(5, "alice@example.org", HOME);
        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();

        assertThat(throttle.tryAttempt("alice@example.org", ELSEWHERE)).isTrue();
        throttle.succeeded("alice@example.org", ELSEWHERE);
    }

    @Test
    void accountsAreMatchedIgnoringCase() {
        attempts(5, "Alice@Example.org", HOME);

        assertThat(throttle.tryAttempt(" alice@example.ORG ", HOME)).isFalse();
    }

    @Test
    void successfulSignInsCountAgainstNeitherTheAddressNorTheAccount() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.tryAttempt("person" + (i % 3) + "@example.org", HOME)).as("sign-in %d", i + 1)
                    .isTrue();
            throttle.succeeded("person" + (i % 3) + "@example.org", HOME);
        }

        attempts(5, "person0@example.org", HOME);
        for (int i = 0; i < 15; i++) {
            assertThat(throttle.tryAttempt("other" + i + "@example.org", HOME)).as("failure %d", i + 6).isTrue();
        }
        assertThat(throttle.tryAttempt("late@example.org", HOME)).as("the 21st failure").isFalse();
    }

    @Test
    void aPasswordResetForgetsTheAccountsFailuresFromEveryAddress() {
        attempts(5, "alice@example.org", HOME);
        attempts(5, "alice@example.org", ELSEWHERE);
        attempts(5, "bob@example.org", HOME);

        throttle.forgetFailuresOf("ALICE@example.org");

        attempts(5, "alice@example.org", HOME);
        attempts(5, "alice@example.org", ELSEWHERE);
        assertThat(throttle.tryAttempt("bob@example.org", HOME)).as("another account's failures stay").isFalse();
    }

    @Test
    void countsAreSharedByEveryInstanceOnTheDatabase() {
        var other = new LoginThrottle(new LoginThrottleProperties(0, 0, null), new ThrottleBuckets(jdbc, clock));
        attempts(3, "alice@example.org", HOME);
        assertThat(other.tryAttempt("alice@example.org", HOME)).isTrue();
        assertThat(other.tryAttempt("alice@example.org", HOME)).isTrue();

        assertThat(throttle.tryAttempt("alice@example.org", HOME)).isFalse();
        assertThat(other.tryAttempt("alice@example.org", HOME)).isFalse();
        assertThat(other.retryAfter("alice@example.org", HOME)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void anInstanceWithAClockBehindAnothersNeverAddsFailures() {
        var behind = new MutableClock(clock.instant().minus(Duration.ofHours(1)));
        var late = new LoginThrottle(new LoginThrottleProperties(0, 0, null), new ThrottleBuckets(jdbc, behind));
        attempts(2, "alice@example.org", HOME);

        for (int i = 0; i < 3; i++) {
            assertThat(late.tryAttempt("alice@example.org", HOME)).as("failure %d", i + 3).isTrue();
        }
        assertThat(late.tryAttempt("alice@example.org", HOME)).isFalse();
        assertThat(late.retryAfter("alice@example.org", HOME)).isEqualTo(Duration.ofMinutes(3));
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
    void signingInForgetsTheAccountsFailedAttemptsFromThatAddress() {
        attempts(4, "alice@example.org", HOME);
        attempts(1, "alice@example.org", HOME);

        throttle.succeeded("ALICE@example.org", HOME);

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
        assertThat(ThrottleBuckets.addressKey("::ffff:192.0.2.10")).isEqualTo(ThrottleBuckets.addressKey(HOME));
        assertThat(ThrottleBuckets.addressKey("not an address")).isEqualTo("not an address");
    }

    @Test
    void rowsThatHaveDrainedToNothingAreDeleted() {
        for (int i = 0; i < 10; i++) {
            throttle.tryAttempt("person" + i + "@example.org", HOME);
        }
        assertThat(buckets.size()).as("one address and ten accounts from it").isEqualTo(11);

        clock.advance(Duration.ofMinutes(2));
        throttle.tryAttempt("late@example.org", ELSEWHERE);
        assertThat(buckets.size()).as("nothing has drained yet").isEqualTo(13);

        clock.advance(Duration.ofMinutes(6));
        throttle.tryAttempt("later@example.org", ELSEWHERE);
        assertThat(buckets.size()).as("only the newest account and its address are left").isEqualTo(2);
        assertThat(throttle.tryAttempt("person0@example.org", HOME)).isTrue();
    }

    @Test
    void anOverlongAddressOrAccountIsCountedByItsHash() {
        String huge = "a".repeat(10_000) + "@example.org";
        attempts(5, huge, "x".repeat(500));

        assertThat(throttle.tryAttempt(huge.toUpperCase(), "x".repeat(500))).isFalse();
        assertThat(ThrottleBuckets.accountKey(huge)).startsWith("sha-256:").hasSize(72);
    }

    @Test
    void theThrottledMessageSaysHowManyMinutesToWait() throws IOException {
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        // signIn.throttled is the sign-in page's ("Wait 1 minutes" until issue 19); login.throttled the filter's.
        for (String key : List.of("login.throttled", "signIn.throttled")) {
            var format = new MessageFormat(messages.getProperty(key), Locale.UK);

            assertThat(format.format(new Object[] {1L})).as(key)
                    .isEqualTo("Too many attempts to sign in. Wait 1 minute, then try again.");
            assertThat(format.format(new Object[] {3L})).as(key)
                    .isEqualTo("Too many attempts to sign in. Wait 3 minutes, then try again.");
        }
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
