package uk.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.partnership.support.TestDatabase;

/**
 * Starts the real application, as the README's run command does, each time in a schema of its own:
 * the demo profile loads the OX14 partnership once however often it starts; production starts empty.
 */
class DemoProfileTest {

    /** Each start of the application is seconds of the suite's time, so one start answers two questions. */
    @Test
    void theDemoListensOnThisMachineOnlyAndASecondStartNeitherFailsNorDuplicatesContent() throws Exception {
        String schema = freshSchemaName("demo");

        try (var first = start(schema, "demo")) {
            var tomcat = (org.springframework.boot.tomcat.TomcatWebServer) ((WebServerApplicationContext) first).getWebServer();
            Object address = tomcat.getTomcat().getConnector().getProperty("address");
            assertThat(address).isInstanceOf(java.net.InetAddress.class);
            assertThat(((java.net.InetAddress) address).isLoopbackAddress())
                    .as("the demo's mailbox shows reset links: nobody else on the network may reach it").isTrue();
            assertThat(count(schema, "school")).isEqualTo(6);
            assertThat(page(first, "/")).contains("OX14 Learning Partnership", "Larkmead School");
        }
        try (var second = start(schema, "demo")) {
            assertThat(count(schema, "school")).isEqualTo(6);
            assertThat(count(schema, "partnership_aim")).isEqualTo(3);
            assertThat(count(schema, "partnership_link")).isEqualTo(5);
            assertThat(page(second, "/about")).contains("Friday 19 November 2021");
        }
    }

    @Test
    void demoStartsWithADatabaseUrlOfOnesOwnThatNamesNoSchema() throws Exception {
        String schema = freshSchemaName("demo_url");

        // As a newcomer would: SPRING_DATASOURCE_URL without ?currentSchema= (issue 15).
        try (var demo = new SpringApplicationBuilder(PartnershipApplication.class).profiles("demo")
                .run("--server.port=0", "--spring.datasource.url=" + TestDatabase.url(),
                        "--spring.flyway.schemas=" + schema)) {
            assertThat(count(schema, "school")).isEqualTo(6);
            assertThat(page(demo, "/")).contains("OX14 Learning Partnership");
        }
    }

    @Test
    void productionStartsWithNoPartnershipContent() throws Exception {
        String schema = freshSchemaName("production");

        try (var production = start(schema)) {
            assertThat(count(schema, "partnership")).isZero();
            assertThat(count(schema, "school")).isZero();
            assertThat(page(production, "/"))
                    .contains("This website has not been set up yet.")
                    .doesNotContain("OX14");
        }
    }

    private static ConfigurableApplicationContext start(String schema, String... profiles) {
        return new SpringApplicationBuilder(PartnershipApplication.class)
                .profiles(profiles)
                // Command-line arguments outrank the system properties TestDatabase sets for other tests.
                .run("--server.port=0",
                        "--spring.datasource.url=" + TestDatabase.url() + "?currentSchema=" + schema,
                        "--spring.flyway.schemas=" + schema);
    }

    private static String page(ConfigurableApplicationContext app, String path) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static long count(String schema, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(),
                TestDatabase.password());
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from " + schema + "." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String freshSchemaName(String purpose) {
        return purpose + "_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
