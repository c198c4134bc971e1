package uk.partnership.features.accounts;

import java.time.Duration;

import org.springframework.stereotype.Component;

import uk.partnership.features.accounts.ThrottleBuckets.Key;
import uk.partnership.features.accounts.ThrottleBuckets.Limit;

/**
 * Limits requests for a password-reset link (see {@link LoginThrottleProperties}; by default 10 requests per
 * client address in any 15 minutes and 3 mails per account in any hour), so the form cannot be used to flood
 * someone's inbox. The account's count is kept for every address typed, whether or not it has an account,
 * so the limit reveals nothing. Counts are in PostgreSQL, shared by every instance.
 */
@Component
class PasswordResetThrottle {

    static final String SCOPE = "password-reset";

    private final LoginThrottleProperties limits;
    private final ThrottleBuckets buckets;

    PasswordResetThrottle(LoginThrottleProperties limits, ThrottleBuckets buckets) {
        this.limits = limits;
        this.buckets = buckets;
    }

    /** Counts a request from the client address, if its limit allows one more. */
    boolean tryRequestFrom(String clientAddress) {
        return buckets.tryTake(Key.of(SCOPE, null, clientAddress), addressLimit());
    }

    /** Counts a mail to the address typed, if its limit allows one more. */
    boolean tryMailTo(String email) {
        return buckets.tryTake(Key.of(SCOPE, email, null), accountLimit());
    }

    /** How long until a request from the client address would be accepted again. */
    Duration retryAfter(String clientAddress) {
        return buckets.waitFor(Key.of(SCOPE, null, clientAddress), addressLimit());
    }

    private Limit addressLimit() {
        return new Limit(limits.resetRequestsPerAddress(), limits.resetRequestWindow());
    }

    private Limit accountLimit() {
        return new Limit(limits.resetMailsPerAccount(), limits.resetMailWindow());
    }
}
