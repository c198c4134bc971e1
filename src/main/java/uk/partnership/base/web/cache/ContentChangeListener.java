package uk.partnership.base.web.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on PostgreSQL's {@value #CHANNEL} channel, which triggers on every content table notify when a
 * transaction that changed them commits (migration V25), and empties {@link PageCache} on each
 * notification (which also makes {@link KeptReads} read again). Every instance on the database listens, so a change made on one is served by all of them
 * from their next request. One connection of the pool is held for listening, and checked every few seconds so
 * that a silently lost connection is noticed too. If it is lost, the cache serves what it kept and keeps nothing new
 * until listening resumes, when it forgets everything ({@link PageCache#listening}).
 */
class ContentChangeListener implements SmartLifecycle {

    static final String CHANNEL = "content_changed";

    private static final Logger log = LoggerFactory.getLogger(ContentChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long RETRY_MILLIS = 2_000;
    private static final int CHECK_EVERY = 10;   // waits, so about every 5 s
    private static final int CHECK_SECONDS = 2;

    private final DataSource dataSource;
    private final PageCache cache;
    private final boolean needed;
    private volatile boolean running;
    private Thread thread;

    ContentChangeListener(DataSource dataSource, PageCache cache, boolean needed) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.needed = needed;
    }

    @Override
    public void start() {
        if (!needed) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("page-cache-listener").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        cache.listening(false);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2 * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                cache.listening(true);
                for (int waits = 1; running; waits++) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        cache.invalidate();
                    }
                    if (waits % CHECK_EVERY == 0 && !connection.isValid(CHECK_SECONDS)) {
                        throw new SQLException("the listening connection does not answer");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (running) {
                    log.warn("Not listening for content changes, so the page cache keeps nothing new: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
