package uk.partnership.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC), shared by every instance. Two requests of one session at the
 * same moment (a double click, two tabs) both write the session's attributes, such as the flash message: with plain
 * inserts the second failed on the attributes' primary key and answered 500 (issue 15). Spring Session's PostgreSQL
 * customizer writes them with {@code INSERT ... ON CONFLICT DO UPDATE}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
