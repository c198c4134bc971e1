package uk.partnership.features.accounts;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import uk.partnership.support.TestDatabase;

/**
 * The throttle's table alone, made by its real migration in a schema of its own on the test database, for
 * tests of the throttles without the application around them, which use it from one thread. Each call gives an
 * empty table.
 */
final class ThrottleDatabase {

    static final String MIGRATION = "db/migration/V33__create_throttle_buckets.sql";

    private static DataSource dataSource;

    private ThrottleDatabase() {
    }

    static synchronized JdbcClient emptyTable() {
        if (dataSource == null) {
            String schema = "throttle_test_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
            // One connection kept open: a new one per statement was most of these tests' time.
            var created = new SingleConnectionDataSource(TestDatabase.url(), TestDatabase.username(),
                    TestDatabase.password(), true);
            created.setSchema(schema);
            try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(),
                    TestDatabase.password()); Statement sql = connection.createStatement()) {
                sql.execute("create schema " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            new ResourceDatabasePopulator(new ClassPathResource(MIGRATION)).execute(created);
            dataSource = created;
        }
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("truncate throttle_bucket").update();
        return jdbc;
    }
}
