package uk.partnership.base.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The site's connection pool, which fails at once while the database has just been found out of reach
 * ({@link DatabaseUnavailable#wasJustSeenDown()}), instead of making every step of a page wait for the pool's
 * time-out in turn. At most one wait per two seconds finds out whether the database is back.
 * <p>
 * A pool that timed out while every connection was lent out is busy, not cut off (issue 18): that failure is
 * {@link PoolBusy}, which answers 503 too but does not make the following requests fail.
 */
public final class FailFastDataSource extends DelegatingDataSource {

    private final ObjectProvider<DatabaseUnavailable> outage;
    /** Found once: looking the bean up was most of the cost of every connection handed out (issue 18). */
    private volatile @Nullable DatabaseUnavailable known;
    private volatile @Nullable HikariDataSource hikari;

    FailFastDataSource(DataSource pool, ObjectProvider<DatabaseUnavailable> outage) {
        super(pool);
        this.outage = outage;
    }

    /** Wraps the application's data source as it is made. */
    public static BeanPostProcessor wrapping(ObjectProvider<DatabaseUnavailable> outage) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)
                        ? new FailFastDataSource(pool, outage) : bean;
            }
        };
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connected(() -> super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connected(() -> super.getConnection(username, password));
    }

    /** The failure given at once, while the database was found out of reach moments ago. */
    static final class StillAway extends SQLTransientConnectionException {
        StillAway() {
            super("The database was out of reach moments ago", "08001");
        }
    }

    /** The failure given when no connection came free in time because all of them were in use. */
    public static final class PoolBusy extends SQLTransientConnectionException {
        PoolBusy(@Nullable SQLException timedOut) {
            super("Every database connection was in use"
                    + (timedOut == null ? " moments ago" : ": " + timedOut.getMessage()), (String) null, timedOut);
        }
    }

    private interface Connecting {
        Connection connect() throws SQLException;
    }

    private Connection connected(Connecting connecting) throws SQLException {
        DatabaseUnavailable known = known();
        if (known != null && known.wasJustSeenDown()) {
            throw new StillAway();
        }
        if (DatabaseUnavailable.answeringBusy()) {
            throw new PoolBusy(null);   // this request already waited once in vain: one wait is enough
        }
        try {
            return connecting.connect();
        } catch (SQLException e) {
            if (e instanceof SQLTransientConnectionException && e.getSQLState() == null && allLentOut()) {
                DatabaseUnavailable.markBusy();
                throw new PoolBusy(e);
            }
            if (known != null && DatabaseUnavailable.saysUnreachable(e)) {
                known.seenDown();
            }
            throw e;
        }
    }

    private @Nullable DatabaseUnavailable known() {
        DatabaseUnavailable found = known;
        if (found == null) {
            found = outage.getIfAvailable();
            known = found;
        }
        return found;
    }

    /**
     * Whether (nearly) every connection of the pool is in use: a connection handed from one request to a waiting one
     * is briefly counted as free, so one short of the maximum counts as all.
     */
    private boolean allLentOut() {
        HikariDataSource hikari = pool();
        if (hikari == null) {
            return false;
        }
        HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
        return pool != null && pool.getActiveConnections() > 0
                && pool.getActiveConnections() >= hikari.getMaximumPoolSize() - 1;
    }

    /** The pool, found through any wrapper around it (a statement counter, a tracing proxy), once. */
    private @Nullable HikariDataSource pool() {
        HikariDataSource found = hikari;
        if (found == null) {
            try {
                DataSource target = getTargetDataSource();
                found = target != null && target.isWrapperFor(HikariDataSource.class)
                        ? target.unwrap(HikariDataSource.class) : null;
            } catch (SQLException notAPool) {
                found = null;
            }
            hikari = found;
        }
        return found;
    }
}
