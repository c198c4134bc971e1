package uk.partnership.browser;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

import uk.partnership.support.DemoContent;

/**
 * Browser tests that walk the demo partnership: the demo content is loaded once for the class, and each test
 * starts signed out (the one shared browser keeps its cookies between tests otherwise).
 */
@BrowserTest
abstract class DemoBrowserTest {

    @BeforeAll
    static void demo(@Autowired DataSource dataSource) {
        DemoContent.load(dataSource);
    }

    @AfterEach
    void signOut() {
        Browser.driver().manage().deleteAllCookies();
    }
}
