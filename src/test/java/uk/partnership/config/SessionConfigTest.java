package uk.partnership.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

// The test database does not wait for the disk (TestDatabase); this test needs production's default around the update.
@SpringBootTest(properties = "spring.datasource.hikari.connection-init-sql=set synchronous_commit = on")
class SessionConfigTest {

    final List<SessionRepositoryCustomizer<JdbcIndexedSessionRepository>> customizers;
    final JdbcTemplate jdbcTemplate;
    final PlatformTransactionManager transactions;
    final JdbcClient jdbc;

    @Autowired
    SessionConfigTest(List<SessionRepositoryCustomizer<JdbcIndexedSessionRepository>> customizers,
                      JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.customizers = customizers;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /**
     * The site's sessions as Spring Boot makes them (with every customizer), but joining the test's transaction
     * rather than one of their own, so that the test can see the setting inside the session's update.
     */
    @Test
    void lastAccessOfASessionIsSavedWithoutWaitingForTheDiskAndNothingElseIs() {
        var repository = new JdbcIndexedSessionRepository(jdbcTemplate, new TransactionTemplate(transactions));
        customizers.forEach(customizer -> customizer.customize(repository));
        String id = created(repository);
        Instant accessed = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);

        String duringUpdate = new TransactionTemplate(transactions).execute(status -> {
            accessed(repository, id, accessed);
            return synchronousCommit();
        });

        assertThat(duringUpdate).isEqualTo("off");
        assertThat(synchronousCommit()).as("only for the session's own transaction").isEqualTo("on");
        assertThat(lastAccess(repository, id)).isEqualTo(accessed);
    }

    private String synchronousCommit() {
        return jdbc.sql("select current_setting('synchronous_commit')").query(String.class).single();
    }

    private static <S extends Session> String created(SessionRepository<S> repository) {
        S session = repository.createSession();
        repository.save(session);
        return session.getId();
    }

    private static <S extends Session> Instant lastAccess(SessionRepository<S> repository, String id) {
        Session session = repository.findById(id);
        return session.getLastAccessedTime();
    }

    private static <S extends Session> void accessed(SessionRepository<S> repository, String id, Instant at) {
        S session = repository.findById(id);
        session.setLastAccessedTime(at);
        repository.save(session);
    }
}
