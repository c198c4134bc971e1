package uk.partnership.web;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

import jakarta.persistence.PersistenceException;

/**
 * Tells whether a failure means the database cannot be reached, as opposed to a fault in a page: the site then
 * answers 503 with {@code Retry-After} ("try again in a few minutes") rather than 500 (issue 15).
 * <p>
 * Most such failures say so (SQLSTATE class 08, a pool that timed out). Some do not: a transaction whose connection
 * broke mid-way fails on its rollback with a bare "connection is closed". For a failure of the database layer that
 * does not say why, the database is asked, briefly: one short check at a time, whose answer serves every failure
 * for a second.
 */
@Component
public class DatabaseUnavailable {

    /** How long a client is asked to wait before trying again, in seconds. */
    public static final String RETRY_AFTER_SECONDS = "60";

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final Duration CHECK_WAIT = Duration.ofMillis(500);
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
        if (saysUnreachable(failure)) {
            if (!isCausedBy(failure, FailFastDataSource.StillAway.class)) {
                seenDown();
            }
            return true;
        }
        return isDatabaseFailure(failure) && !reachable();
    }

    /**
     * Whether the database was found out of reach in the last two seconds: asking it again in that time fails at once
     * ({@link FailFastDataSource}) rather than waiting for the pool's time-out once more, so that a page, its layout
     * and its error page together answer within the 3 s of SPEC section 5.
     */
    public boolean wasJustSeenDown() {
        return System.nanoTime() - lastSeenDown < STILL_DOWN_NANOS;
    }

    /** Called on a failure that says the database is out of reach now (not on one that repeats an earlier finding). */
    void seenDown() {
        lastSeenDown = System.nanoTime();
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

    private static boolean isDatabaseFailure(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException || cause instanceof PersistenceException) {
                return true;
            }
        }
        return false;
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
        } catch (ExecutionException | TimeoutException e) {
            return false;
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
