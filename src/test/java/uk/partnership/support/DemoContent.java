package uk.partnership.support;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Loads the demo partnership (the same idempotent script the demo profile runs through Flyway) into the
 * test database, for tests that want realistic content. Safe to call before every test.
 */
public final class DemoContent {

    public static final String SCRIPT = "db/demo/R__demo_content.sql";

    private DemoContent() {
    }

    public static void load(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource(SCRIPT)).execute(dataSource);
    }
}
