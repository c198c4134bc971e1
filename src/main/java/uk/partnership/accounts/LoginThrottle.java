package uk.partnership.accounts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: each account (its e-mail address, ignoring case) and each client address may
 * make only so many sign-in attempts in a window (see {@link LoginThrottleProperties}; by default 5 per
 * account and 20 per address in any 15 minutes). The account limit stops guessing one person's password from
 * many machines; the address limit stops one machine trying a few passwords against many accounts.
 *
 * <p>Each limit is a token bucket (Bucket4j) that refills steadily over the window, so after the limit is
 * reached one more attempt is allowed every {@code window / attempts} (3 minutes for an account by default),
 * and a bucket left alone for a whole window is full again. A refused attempt takes nothing from either
 * bucket, so hitting one limit never uses up the other. A successful sign-in refills that account's bucket;
 * it still counts against the client address, which is shared by everyone behind a school's network.
 *
 * <p>IPv6 addresses are counted by their /64 network, because one household or server is usually given a
 * whole /64 and could otherwise use a fresh address for every attempt.
 *
 * <p><strong>The limits are per application instance</strong>: the buckets live in this instance's memory,
 * are lost on restart and are not shared. With several instances behind a load balancer an attacker gets the
 * allowance once per instance; to share it, keep the buckets in the database or Redis with Bucket4j's
 * distributed proxy managers instead of the maps here.
 *
 * <p>Memory stays bounded: when a map holds more than {@value #PRUNE_ABOVE} buckets, entries not used for a
 * whole window are dropped (at most once a minute). Such a bucket has refilled completely, so dropping it
 * forgives no attempt. New account buckets are only made for attempts the address limit allows, so within a
 * window there are at most {@code attemptsPerAddress} account buckets for each client address.
 *
 * <p>Time comes from the injected {@link Clock}, so tests can move it forward.
 */
@Component
public class LoginThrottle {

    static final int PRUNE_ABOVE = 10_000;

    private static final long PRUNE_AT_MOST_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final TimeMeter timeMeter;
    private final Map<String, Entry> accounts = new ConcurrentHashMap<>();
    private final Map<String, Entry> addresses = new ConcurrentHashMap<>();
    private final AtomicLong nextPruneMillis = new AtomicLong(Long.MIN_VALUE);

    public LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.timeMeter = new ClockTimeMeter(clock);
    }

    /**
     * Records an attempt to sign in to an account from a client address, if both limits allow it.
     *
     * @return {@code true} if the attempt may go ahead; {@code false} if either limit has been reached, in which
     *         case nothing is counted against either
     */
    public boolean tryAttempt(@Nullable String email, @Nullable String clientAddress) {
        long now = clock.millis();
        Bucket address = touch(addresses, addressKey(clientAddress), limits.attemptsPerAddress(), now);
        if (!address.tryConsume(1)) {
            return false;
        }
        Bucket account = touch(accounts, accountKey(email), limits.attemptsPerAccount(), now);
        if (!account.tryConsume(1)) {
            address.addTokens(1);
            return false;
        }
        pruneIfDue(now);
        return true;
    }

    /** Forgets the failed attempts on an account once its owner has signed in. */
    public void succeeded(@Nullable String email) {
        accounts.remove(accountKey(email));
    }

    /**
     * How long until the next attempt for this account from this address would be allowed: zero if it would be
     * allowed now, otherwise more than zero and at most the window.
     */
    public Duration retryAfter(@Nullable String email, @Nullable String clientAddress) {
        long nanos = Math.max(nanosToWait(accounts, accountKey(email)),
                nanosToWait(addresses, addressKey(clientAddress)));
        return Duration.ofNanos(nanos);
    }

    /** How many buckets are held, for tests of the pruning. */
    int size() {
        return accounts.size() + addresses.size();
    }

    private Bucket touch(Map<String, Entry> entries, String key, int capacity, long now) {
        return entries.compute(key, (k, entry) -> new Entry(entry == null ? newBucket(capacity) : entry.bucket(), now))
                .bucket();
    }

    private Bucket newBucket(int capacity) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, limits.window()))
                .withCustomTimePrecision(timeMeter)
                .build();
    }

    private static long nanosToWait(Map<String, Entry> entries, String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.bucket().estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private void pruneIfDue(long now) {
        if (accounts.size() <= PRUNE_ABOVE && addresses.size() <= PRUNE_ABOVE) {
            return;
        }
        long due = nextPruneMillis.get();
        if (now < due || !nextPruneMillis.compareAndSet(due, now + PRUNE_AT_MOST_EVERY_MILLIS)) {
            return;
        }
        long idleBefore = now - limits.window().toMillis();
        prune(accounts, idleBefore);
        prune(addresses, idleBefore);
    }

    private static void prune(Map<String, Entry> entries, long idleBefore) {
        if (entries.size() <= PRUNE_ABOVE) {
            return;
        }
        // computeIfPresent, so an entry touched by an attempt at the same moment is kept
        for (String key : entries.keySet()) {
            entries.computeIfPresent(key, (k, entry) -> entry.lastUsedMillis() <= idleBefore ? null : entry);
        }
    }

    static String accountKey(@Nullable String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The address as given, except that an IPv6 address stands for its /64 network. */
    static String addressKey(@Nullable String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress.strip().toLowerCase(Locale.ROOT);
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            // a literal is parsed without any name lookup; an IPv4-mapped address comes back as IPv4
            InetAddress parsed = InetAddress.ofLiteral(address);
            return parsed instanceof Inet6Address ipv6
                    ? HexFormat.of().formatHex(ipv6.getAddress(), 0, 8) + "::/64"
                    : parsed.getHostAddress();
        }
        catch (IllegalArgumentException ex) {
            return address;
        }
    }

    private record Entry(Bucket bucket, long lastUsedMillis) {
    }

    /** Bucket4j's time source, read from the application clock. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
