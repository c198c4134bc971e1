package uk.partnership.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), shared by every instance. Two requests of one session at the
 * same moment (a double click, two tabs) both write the session's attributes, such as the flash message: with plain
 * inserts the second failed on the attributes' primary key and answered 500 (issue 15). Spring Session's PostgreSQL
 * customizer writes them with {@code INSERT ... ON CONFLICT DO UPDATE}.
 * <p>
 * Every signed-in request also updates its session's last access, and the response waited for that commit to reach
 * the disk: 5 to 12 ms of each signed-in page on a busy disk (issue 18). The update commits without waiting for the
 * disk ({@code synchronous_commit} off for that transaction only): a crash of the database server within a fraction of
 * a second may lose the last access time or a change of the session, never anything else (PostgreSQL's asynchronous
 * commit loses no consistency, only the last few such transactions).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Spring Session's own update, with {@code synchronous_commit} turned off for its transaction as it runs. */
    static final String UPDATE_WITHOUT_WAITING_FOR_DISK = """
            UPDATE %TABLE_NAME%
            SET SESSION_ID = ?, LAST_ACCESS_TIME = ?, MAX_INACTIVE_INTERVAL = ?, EXPIRY_TIME = ?, PRINCIPAL_NAME = ?
            WHERE PRIMARY_ID = ? AND set_config('synchronous_commit', 'off', true) = 'off'
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionUpdatesWithoutWaitingForDisk() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_WITHOUT_WAITING_FOR_DISK);
    }
}
