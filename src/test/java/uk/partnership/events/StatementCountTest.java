package uk.partnership.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StatementCounter;

/**
 * Each public page runs the same, small number of SQL statements with 6 events as with 600: no statement
 * per event, per host or per day.
 */
@CalendarTest
@Import(StatementCounter.class)
class StatementCountTest {

    static final List<String> PAGES = List.of("/", "/events?month=2026-11", "/events/list", "/events/past",
            "/events/count-0", "/events/count-0.ics", "/events/feed.ics", "/schools/radley-college",
            "/events?month=2026-11&school=radley-college&audience=students", "/sitemap.xml");

    static final String[] HOSTS = {"abingdon-school", "fitzharrys-school", "john-mason-school", "larkmead-school",
            "radley-college", "st-helen-and-st-katharine"};

    @Autowired
    MockMvc mvc;

    @Autowired
    EventFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager entityManager;

    @Test
    void publicPagesRunAsManyStatementsWithSixHundredEventsAsWithSix() throws Exception {
        DemoContent.load(dataSource);
        addEvents(0, 6);
        Map<String, Long> withSix = countStatements();

        addEvents(6, 600);
        Map<String, Long> withSixHundred = countStatements();

        assertThat(withSixHundred).isEqualTo(withSix);
        assertThat(withSix.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(10));
    }

    private void addEvents(int from, int to) {
        for (int i = from; i < to; i++) {
            // Spread over November 2026 and beyond, hosted by one to three schools each.
            LocalDateTime start = LocalDateTime.of(2026, 11, 1, 9, 0).plusHours(7L * i);
            String[] hosts = i % 3 == 0 ? new String[] {HOSTS[i % 6]}
                    : new String[] {HOSTS[i % 6], HOSTS[(i + 1) % 6], HOSTS[(i + 2) % 6]};
            fixtures.timed("count-" + i, start, start.plusHours(2), hosts);
        }
    }

    private Map<String, Long> countStatements() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : PAGES) {
            // Each real request has a persistence context of its own; the test transaction would share one.
            entityManager.clear();
            StatementCounter.reset();
            mvc.perform(get(page)).andExpect(status().isOk());
            counts.put(page, StatementCounter.statements());
        }
        return counts;
    }
}
