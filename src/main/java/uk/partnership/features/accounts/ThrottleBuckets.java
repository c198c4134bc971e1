package uk.partnership.features.accounts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind {@link LoginThrottle} and {@link PasswordResetThrottle}, in PostgreSQL (table
 * {@code throttle_bucket}), so every instance of the site sees the same counts (ADR 0013).
 *
 * <p>Each key is a leaky bucket: {@link #tryTake} counts one event if fewer than {@code limit} are still
 * remembered, and the count drains steadily, one event every {@code window / limit}. So after the limit is
 * reached one more event is allowed every {@code window / limit}, and a key left alone for a whole window is
 * forgotten. This is what Bucket4j's greedy refill did in memory before. Every change is one atomic statement
 * (an upsert with a condition), so two instances can never both take the last place.
 *
 * <p>Elapsed time is measured from the instance's injected {@link Clock} against the time of the last change,
 * and never counts backwards: an instance whose clock is a little behind another's drains nothing rather than
 * adding events. Rows whose count has drained to nothing are deleted, at most once a minute by each instance;
 * deleting such a row forgets nothing, so several instances may do it at once.
 */
@Component
class ThrottleBuckets {

    static final int MAX_ACCOUNT_LENGTH = 320;
    static final int MAX_ADDRESS_LENGTH = 100;

    private static final long PRUNE_AT_MOST_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

    /** How many events the bucket still remembers, now. */
    private static final String DRAINED = """
            greatest(0, b.level - greatest(0, extract(epoch from (:now - b.updated_at))) / :interval)""";

    private static final String TAKE = """
            insert into throttle_bucket as b (scope, account, address, level, updated_at, expires_at)
            values (:scope, :account, :address, 1, :now, :now + :interval * interval '1 second')
            on conflict (scope, account, address) do update
               set level = DRAINED + 1,
                   updated_at = :now,
                   expires_at = :now + (DRAINED + 1) * :interval * interval '1 second'
             where DRAINED + 1 <= :capacity + 0.000001
            returning level""".replace("DRAINED", DRAINED);

    private static final String GIVE_BACK = """
            update throttle_bucket as b
               set level = greatest(0, DRAINED - 1),
                   updated_at = :now,
                   expires_at = :now + greatest(0, DRAINED - 1) * :interval * interval '1 second'
             where scope = :scope and account = :account and address = :address""".replace("DRAINED", DRAINED);

    private static final String WAIT = """
            select greatest(0, DRAINED + 1 - :capacity) * :interval
              from throttle_bucket as b
             where scope = :scope and account = :account and address = :address""".replace("DRAINED", DRAINED);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong nextPruneMillis = new AtomicLong(Long.MIN_VALUE);

    ThrottleBuckets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is limited: a client address, an account, or an account from one client address. */
    record Key(String scope, String account, String address) {

        static Key of(String scope, @Nullable String email, @Nullable String clientAddress) {
            return new Key(scope, email == null ? "" : accountKey(email),
                    clientAddress == null ? "" : addressKey(clientAddress));
        }
    }

    /** At most {@code events} in any {@code window}, refilling steadily. */
    record Limit(int events, Duration window) {

        double secondsPerEvent() {
            return window.toNanos() / 1e9 / events;
        }
    }

    /** Counts one event for the key if the limit allows it, and says whether it did. */
    boolean tryTake(Key key, Limit limit) {
        OffsetDateTime now = now();
        pruneIfDue(now);
        return jdbc.sql(TAKE).params(parameters(key, limit, now)).query(Double.class).optional().isPresent();
    }

    /** Takes back one event counted for the key (one that turned out not to count). */
    void giveBack(Key key, Limit limit) {
        jdbc.sql(GIVE_BACK).params(parameters(key, limit, now())).update();
    }

    /** How long until {@link #tryTake} would next allow an event for the key: zero if it would now. */
    Duration waitFor(Key key, Limit limit) {
        double seconds = jdbc.sql(WAIT).params(parameters(key, limit, now())).query(Double.class).optional()
                .orElse(0.0);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Forgets the key. */
    void forget(Key key) {
        jdbc.sql("delete from throttle_bucket where scope = :scope and account = :account and address = :address")
                .param("scope", key.scope()).param("account", key.account()).param("address", key.address())
                .update();
    }

    /** Forgets every key of the account in the scope, whatever client address it was counted with. */
    void forgetAccount(String scope, String email) {
        jdbc.sql("delete from throttle_bucket where scope = :scope and account = :account and account <> ''")
                .param("scope", scope).param("account", accountKey(email)).update();
    }

    /** Deletes the rows that have drained to nothing; returns how many. */
    int prune() {
        return jdbc.sql("delete from throttle_bucket where expires_at < :now").param("now", now()).update();
    }

    /** How many rows are held, for tests of the clean-up. */
    int size() {
        return jdbc.sql("select count(*) from throttle_bucket").query(Integer.class).single();
    }

    private void pruneIfDue(OffsetDateTime now) {
        long millis = now.toInstant().toEpochMilli();
        long due = nextPruneMillis.get();
        if (millis >= due && nextPruneMillis.compareAndSet(due, millis + PRUNE_AT_MOST_EVERY_MILLIS)) {
            prune();
        }
    }

    private static Map<String, Object> parameters(Key key, Limit limit, OffsetDateTime now) {
        return Map.of("scope", key.scope(), "account", key.account(), "address", key.address(),
                "now", now, "interval", limit.secondsPerEvent(), "capacity", limit.events());
    }

    private OffsetDateTime now() {
        // PostgreSQL keeps microseconds
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** An e-mail address ignoring case and surrounding spaces; one too long for any account stands as its hash. */
    static String accountKey(String email) {
        return bounded(email.strip().toLowerCase(Locale.ROOT), MAX_ACCOUNT_LENGTH);
    }

    /**
     * The client address as given, except that an IPv6 address stands for its /64 network, because one
     * household or server is usually given a whole /64 and could otherwise use a fresh address for every attempt.
     */
    static String addressKey(String clientAddress) {
        String address = clientAddress.strip().toLowerCase(Locale.ROOT);
        if (address.indexOf(':') >= 0) {
            try {
                // a literal is parsed without any name lookup; an IPv4-mapped address comes back as IPv4
                InetAddress parsed = InetAddress.ofLiteral(address);
                address = parsed instanceof Inet6Address ipv6
                        ? HexFormat.of().formatHex(ipv6.getAddress(), 0, 8) + "::/64"
                        : parsed.getHostAddress();
            }
            catch (IllegalArgumentException ex) {
                // not an address literal: counted as given
            }
        }
        return bounded(address, MAX_ADDRESS_LENGTH);
    }

    private static String bounded(String value, int maxLength) {
        if (value.length() <= maxLength) {
            return value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "sha-256:" + HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java runtime has SHA-256", ex);
        }
    }
}
