package uk.partnership.features.accounts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import uk.partnership.features.accounts.ThrottleBuckets.Key;
import uk.partnership.features.accounts.ThrottleBuckets.Limit;

/**
 * Slows down password guessing by counting <em>failed</em> sign-ins (see {@link LoginThrottleProperties}; by
 * default 5 per account from one client address and 20 per client address in any 15 minutes). A successful
 * sign-in counts against nothing, so a school's staff behind one shared address are never held up by each
 * other. The address limit stops one machine trying a few passwords against many accounts; the limit per
 * account and address stops it guessing one person's password. The account limit is per address so that
 * someone sending a wrong password every few minutes cannot keep the person out: the right password from
 * another address still gets in, and a password reset forgets the account's failures everywhere.
 *
 * <p>An attempt takes its place before the password is checked ({@link #tryAttempt}), so a burst of attempts
 * sent at once cannot pass the limit while the checks run; a successful one gives it back ({@link #succeeded}).
 * Each limit refills steadily over the window: once reached, one more failure is allowed every
 * {@code window / limit} (3 minutes for an account by default). A refused attempt takes nothing from either
 * count, so hitting one limit never uses up the other. IPv6 addresses are counted by their /64 network.
 *
 * <p>The counts are in PostgreSQL ({@link ThrottleBuckets}), shared by every instance of the site.
 */
@Component
public class LoginThrottle {

    static final String SCOPE = "sign-in";

    private final LoginThrottleProperties limits;
    private final ThrottleBuckets buckets;

    LoginThrottle(LoginThrottleProperties limits, ThrottleBuckets buckets) {
        this.limits = limits;
        this.buckets = buckets;
    }

    /**
     * Takes a place for an attempt to sign in to an account from a client address, if both limits allow it.
     *
     * @return {@code true} if the attempt may go ahead (it counts as a failure unless {@link #succeeded} follows);
     *         {@code false} if either limit has been reached, in which case nothing is counted against either
     */
    public boolean tryAttempt(@Nullable String email, @Nullable String clientAddress) {
        Key address = addressKey(clientAddress);
        if (!buckets.tryTake(address, addressLimit())) {
            return false;
        }
        if (!buckets.tryTake(pairKey(email, clientAddress), accountLimit())) {
            buckets.giveBack(address, addressLimit());
            return false;
        }
        return true;
    }

    /** The attempt succeeded: it does not count, and the account's failures from this address are forgotten. */
    public void succeeded(@Nullable String email, @Nullable String clientAddress) {
        buckets.giveBack(addressKey(clientAddress), addressLimit());
        buckets.forget(pairKey(email, clientAddress));
    }

    /** The owner of the account has proved who they are (a password reset): forget its failures everywhere. */
    public void forgetFailuresOf(String email) {
        buckets.forgetAccount(SCOPE, email);
    }

    /**
     * How long until the next attempt for this account from this address would be allowed: zero if it would be
     * allowed now, otherwise more than zero and at most the window.
     */
    public Duration retryAfter(@Nullable String email, @Nullable String clientAddress) {
        Duration account = buckets.waitFor(pairKey(email, clientAddress), accountLimit());
        Duration address = buckets.waitFor(addressKey(clientAddress), addressLimit());
        return account.compareTo(address) >= 0 ? account : address;
    }

    private static Key addressKey(@Nullable String clientAddress) {
        return Key.of(SCOPE, null, clientAddress == null ? "" : clientAddress);
    }

    private static Key pairKey(@Nullable String email, @Nullable String clientAddress) {
        return Key.of(SCOPE, email == null ? "" : email, clientAddress == null ? "" : clientAddress);
    }

    private Limit accountLimit() {
        return new Limit(limits.attemptsPerAccount(), limits.window());
    }

    private Limit addressLimit() {
        return new Limit(limits.attemptsPerAddress(), limits.window());
    }
}
