package uk.partnership.support;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    /** Takes away the crests and the logo a test set (issue 20), which the demo has none of and the script keeps. */
    public static void removeCrestsAndLogo(DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("update school set crest_hash = null, crest_width = null, crest_height = null, crest_extension = null, "
                + "crest_alt = ''").update();
        jdbc.sql("update partnership set logo_hash = null, logo_width = null, logo_height = null, "
                + "logo_extension = null, logo_alt = ''").update();
    }
}
