package uk.partnership.features.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.PartnershipApplication;
import uk.partnership.support.TestDatabase;

/**
 * The README's one-off command on an empty production database: it creates an invited coordinator, prints the
 * one-time link and stops; there is still no password anywhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstCoordinatorCommandTest {

    @Test
    void createsAnInvitedCoordinatorAndPrintsTheLinkThenStops(CapturedOutput output) {
        String schema = "first_coordinator_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

        try (var command = new SpringApplicationBuilder(PartnershipApplication.class).run(
                "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestDatabase.url() + "?currentSchema=" + schema,
                "--spring.flyway.schemas=" + schema,
                "--create-coordinator=first@example.org")) {
            JdbcClient jdbc = JdbcClient.create(command.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("select role || ' ' || status || ' ' || (password_hash is null) from account")
                    .query(String.class).list()).containsExactly("COORDINATOR INVITED true");
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'invited' and actor_email = 'system'")
                    .query(Long.class).single()).isEqualTo(1);
        }
        assertThat(output.getOut()).contains("Invitation for the coordinator first@example.org")
                .containsPattern("http://localhost:8080/invitations/[A-Za-z0-9_-]{43}");
    }

    @Test
    void refusesSomethingThatIsNotAnAddress() {
        String schema = "first_coordinator_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

        assertThatThrownBy(() -> new SpringApplicationBuilder(PartnershipApplication.class).run(
                "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestDatabase.url() + "?currentSchema=" + schema,
                "--spring.flyway.schemas=" + schema,
                "--create-coordinator=not-an-address")).hasMessage(
                        "give an e-mail address, as --create-coordinator=name@example.org");
    }
}
