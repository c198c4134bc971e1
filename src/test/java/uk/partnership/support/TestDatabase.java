package uk.partnership.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that decides where the tests' PostgreSQL comes from, once per test JVM (pom.xml runs the tests in
 * more than one; each has a database of its own, so none sees another's rows):
 * <ol>
 * <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME} and {@code TEST_DATABASE_PASSWORD}):
 * a server on which a fresh database is created for the run (CI's PostgreSQL service);</li>
 * <li>otherwise the local server at 127.0.0.1:5432, user postgres, where a fresh database is created;</li>
 * <li>otherwise a Testcontainers PostgreSQL, where Docker runs.</li>
 * </ol>
 * The choice is published as {@code spring.datasource.*} system properties, which every Spring test
 * context reads, and as {@link #url()} for tests that start the application themselves. A database it
 * created is dropped when the run ends, so each run starts from a clean schema.
 */
public final class TestDatabase implements LauncherSessionListener, TestExecutionListener {

    static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String POSTGRES_IMAGE = "postgres:15-alpine";

    /**
     * A test run's database does not wait for the disk on each commit: a crash of the server would lose the last
     * moment of a database that is dropped anyway, and the tests commit thousands of times (the fast tests took 17 %
     * less time). Production keeps PostgreSQL's default; SessionConfigTest gives its connection that default for
     * what it proves.
     */
    private static final String WITHOUT_WAITING_FOR_THE_DISK = "alter database %s set synchronous_commit = off";

    private static String url;
    private static String username;
    private static String password;
    private static String createdDatabase;
    private static String adminUrl;
    private static PostgreSQLContainer container;

    /**
     * Provisions when tests are about to run, not when the session opens: with parallel forks, Surefire and
     * Failsafe open a session in Maven's own process only to find the tests, and no database is wanted there.
     */
    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        provision();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (createdDatabase != null) {
            try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
                 Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + createdDatabase + " with (force)");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + createdDatabase + ": " + e.getMessage());
            }
        }
        if (container != null) {
            container.stop();
        }
    }

    public static synchronized String url() {
        provision();
        return url;
    }

    /**
     * Gives a Spring test context a schema of its own on the run's database, created by Flyway: for tests that change
     * shared content or read every row of a table. Call it from a {@code @DynamicPropertySource} method.
     */
    public static void schemaOfItsOwn(org.springframework.test.context.DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> url() + "?currentSchema=" + schema);
        registry.add("spring.flyway.schemas", () -> schema);
    }

    public static String username() {
        return username;
    }

    public static String password() {
        return password;
    }

    private static synchronized void provision() {
        if (url != null) {
            return;
        }
        String fromEnvironment = System.getenv("TEST_DATABASE_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            createFreshDatabaseOn(fromEnvironment, env("TEST_DATABASE_USERNAME", "postgres"),
                    env("TEST_DATABASE_PASSWORD", ""));
        } else if (localServerAnswers()) {
            createFreshDatabaseOn(LOCAL_SERVER, "postgres", "");
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            container = new PostgreSQLContainer(POSTGRES_IMAGE);
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
            try (Connection admin = DriverManager.getConnection(url, username, password);
                 Statement sql = admin.createStatement()) {
                sql.execute(WITHOUT_WAITING_FOR_THE_DISK.formatted(container.getDatabaseName()));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not configure the test database", e);
            }
        } else {
            throw new IllegalStateException("No PostgreSQL for the tests: set TEST_DATABASE_URL, run PostgreSQL on "
                    + "127.0.0.1:5432 (user postgres), or start Docker for Testcontainers.");
        }
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", username);
        System.setProperty("spring.datasource.password", password);
        MailCatcher.start();
    }

    private static void createFreshDatabaseOn(String serverUrl, String user, String secret) {
        String name = "partnership_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ProcessHandle.current().pid() + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
        try (Connection admin = DriverManager.getConnection(serverUrl, user, secret);
             Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
            sql.execute(WITHOUT_WAITING_FOR_THE_DISK.formatted(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + serverUrl, e);
        }
        adminUrl = serverUrl;
        createdDatabase = name;
        url = serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name);
        username = user;
        password = secret;
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
