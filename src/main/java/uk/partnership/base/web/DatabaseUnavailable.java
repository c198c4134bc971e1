package uk.partnership.base.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.persistence.PersistenceException;

/**
 * Tells whether a failure means the database cannot be reached, as opposed to a fault in a page: the site then
 * answers 503 with {@code Retry-After} ("try again in a few minutes") rather than 500 (issue 15).
 * <p>
 * Most such failures say so (SQLSTATE class 08, a pool that timed out). Some do not: a transaction whose connection
 * broke mid-way fails on its rollback with a bare "connection is closed". For a failure of the database layer that
 * gives no reason at all, the database is asked: one check at a time, whose answer serves every failure for a second.
 * A failure with a reason of its own (a broken constraint, an edit conflict, any other SQLSTATE) is never taken for
 * an outage.
 */
@Component
public class DatabaseUnavailable {

    /** How long a client is asked to wait before trying again, in seconds. */
    public static final String RETRY_AFTER_SECONDS = "60";
    /** How long a client is asked to wait when the site was only too busy to answer, in seconds. */
    public static final String BUSY_RETRY_AFTER_SECONDS = "5";

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** Longer than the pool's wait for a connection: a busy pool is not a database that is away. */
    private static final Duration CHECK_WAIT = Duration.ofMillis(1_700);
    private static final long ANSWER_KEPT_NANOS = Duration.ofSeconds(1).toNanos();

    private static final long STILL_DOWN_NANOS = Duration.ofSeconds(2).toNanos();

    private final ObjectProvider<DataSource> dataSource;
    private volatile @Nullable Check lastCheck;
    private volatile long lastSeenDown = System.nanoTime() - 2 * STILL_DOWN_NANOS;

    private record Check(long startedAt, CompletableFuture<Boolean> reachable) {
    }

    DatabaseUnavailable(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether {@code failure} happened because the database cannot be reached. */
    public boolean explains(@Nullable Throwable failure) {
        if (isBusy(failure)) {
            return true;
        }
        if (saysUnreachable(failure)) {
            if (!isCausedBy(failure, FailFastDataSource.StillAway.class)) {
                seenDown();
            }
            return true;
        }
        return isUnexplainedDatabaseFailure(failure) && !reachable();
    }

    /**
     * Whether the database was found out of reach in the last two seconds: asking it again in that time fails at once
     * ({@link FailFastDataSource}) rather than waiting for the pool's time-out once more, so that a page, its layout
     * and its error page together answer within the 3 s of SPEC section 5.
     */
    public boolean wasJustSeenDown() {
        return System.nanoTime() - lastSeenDown < STILL_DOWN_NANOS;
    }

    /**
     * Whether the current request found no database connection free in time: it is answered "busy", and neither its
     * page nor its error page waits for a connection once more.
     */
    public static boolean answeringBusy() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && current.getRequest().getAttribute(DatabaseOutageFilter.BUSY) != null;
    }

    /** Marks the current request (if any) as one answered "busy" ({@link #answeringBusy()}). */
    static void markBusy() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            current.getRequest().setAttribute(DatabaseOutageFilter.BUSY, Boolean.TRUE);
        }
    }

    /** Called on a failure that says the database is out of reach now (not on one that repeats an earlier finding). */
    void seenDown() {
        lastSeenDown = System.nanoTime();
    }

    /**
     * Whether {@code failure} happened because the site was too busy: every connection to the database was in use, or
     * a {@link Bulkhead} was full ({@link SiteBusyException}).
     */
    public static boolean isBusy(@Nullable Throwable failure) {
        return isCausedBy(failure, FailFastDataSource.PoolBusy.class) || isCausedBy(failure, SiteBusyException.class);
    }

    /** The {@code Retry-After} for a failure that {@link #explains} explains. */
    public static String retryAfter(@Nullable Throwable failure) {
        return isBusy(failure) ? BUSY_RETRY_AFTER_SECONDS : RETRY_AFTER_SECONDS;
    }

    /** Whether {@code failure}, or anything that caused it, says that the database cannot be reached. */
    static boolean saysUnreachable(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is a failure of the database layer that gives no reason: none of its causes is an
     * error the database reported (a SQLSTATE of another class, a broken constraint) or a lock that was lost.
     */
    private static boolean isUnexplainedDatabaseFailure(@Nullable Throwable failure) {
        boolean database = false;
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    || cause instanceof DataIntegrityViolationException
                    || cause instanceof ConcurrencyFailureException) {
                return false;
            }
            database |= cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException || cause instanceof PersistenceException;
        }
        return database;
    }

    private static boolean isCausedBy(@Nullable Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private boolean reachable() {
        Check check = lastCheck;
        if (check == null || System.nanoTime() - check.startedAt() > ANSWER_KEPT_NANOS) {
            check = startCheck();
        }
        try {
            return check.reachable().get(CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (TimeoutException e) {
            return true;   // no answer either way in time: not known to be away
        }
    }

    private synchronized Check startCheck() {
        Check current = lastCheck;
        if (current != null && System.nanoTime() - current.startedAt() <= ANSWER_KEPT_NANOS) {
            return current;
        }
        var reachable = new CompletableFuture<Boolean>();
        Thread.ofVirtual().name("database-check").start(() -> reachable.complete(answers()));
        Check started = new Check(System.nanoTime(), reachable);
        lastCheck = started;
        return started;
    }

    private boolean answers() {
        DataSource source = dataSource.getIfAvailable();
        if (source == null) {
            return false;
        }
        try (Connection connection = source.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
