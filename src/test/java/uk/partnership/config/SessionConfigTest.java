package uk.partnership.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc   // the configuration of most tests: their context is started once and shared
class SessionConfigTest {

    final List<SessionRepositoryCustomizer<JdbcIndexedSessionRepository>> customizers;
    final DataSource dataSource;

    @Autowired
    SessionConfigTest(List<SessionRepositoryCustomizer<JdbcIndexedSessionRepository>> customizers,
                      DataSource dataSource) {
        this.customizers = customizers;
        this.dataSource = dataSource;
    }

    /**
     * The site's sessions as Spring Boot makes them (with every customizer), but joining the test's transaction
     * rather than one of their own, so that the test can see the setting inside the session's update. The test
     * database does not wait for the disk (TestDatabase): the test takes one connection, gives it production's
     * default for the test and gives it back as it was.
     */
    @Test
    void lastAccessOfASessionIsSavedWithoutWaitingForTheDiskAndNothingElseIs() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var one = new SingleConnectionDataSource(connection, true);
            var jdbc = JdbcClient.create(one);
            jdbc.sql("set synchronous_commit = on").update();
            try {
                var transactions = new DataSourceTransactionManager(one);
                var repository = new JdbcIndexedSessionRepository(new JdbcTemplate(one),
                        new TransactionTemplate(transactions));
                customizers.forEach(customizer -> customizer.customize(repository));
                String id = created(repository);
                Instant accessed = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);

                String duringUpdate = new TransactionTemplate(transactions).execute(status -> {
                    accessed(repository, id, accessed);
                    return synchronousCommit(jdbc);
                });

                assertThat(duringUpdate).isEqualTo("off");
                assertThat(synchronousCommit(jdbc)).as("only for the session's own transaction").isEqualTo("on");
                assertThat(lastAccess(repository, id)).isEqualTo(accessed);
            } finally {
                jdbc.sql("reset synchronous_commit").update();
            }
        }
    }

    private static String synchronousCommit(JdbcClient jdbc) {
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
