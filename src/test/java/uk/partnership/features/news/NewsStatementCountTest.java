package uk.partnership.features.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StatementCounter;
import uk.partnership.support.StoppedClock;
import uk.partnership.support.TestClock;

/**
 * The news pages, the feed, and the pages that show the latest news run the same, small number of SQL statements
 * with 3 posts as with 60: no statement per post or per related school.
 */
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock
@Transactional
class NewsStatementCountTest {

    static final List<String> PAGES = List.of("/news", "/news/count-0", "/news/feed.atom", "/",
            "/schools/radley-college", "/sitemap.xml");

    static final String[] SCHOOLS = {"abingdon-school", "fitzharrys-school", "john-mason-school", "larkmead-school",
            "radley-college", "st-helen-and-st-katharine"};

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TestClock clock;

    @Test
    void newsPagesRunAsManyStatementsWithSixtyPostsAsWithThree() throws Exception {
        DemoContent.load(dataSource);
        addPosts(0, 3);
        Map<String, Long> withThree = countStatements();

        addPosts(3, 60);
        Map<String, Long> withSixty = countStatements();

        assertThat(withSixty).isEqualTo(withThree);
        assertThat(withThree.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(10));
    }

    /**
     * A school's page has PostgreSQL plan its news statement once per connection, not on every request (issue 18),
     * whether the school has news or none: at 1,000 posts, with the limit bound as a parameter, every execution was
     * planned anew (no generic plan); with the school bound, so was every execution for a school without posts, whose
     * own plan always looked cheaper than one for any school. The class's transaction keeps every request on one
     * connection, whose prepared statements {@code pg_prepared_statements} lists.
     */
    @Test
    void aSchoolsNewsIsPlannedOnceRatherThanOnEveryRequest() throws Exception {
        DemoContent.load(dataSource);
        jdbc.sql("""
                        insert into news_post (title, slug, summary, body, status, publish_at, author_name)
                        select 'Plan ' || n, 'plan-' || n, 'Summary', 'Body', 'PUBLISHED', :now - n * interval '1 hour',
                               'Jessica Burns'
                        from generate_series(1, 1000) n""")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                        insert into news_post_school (post_id, school_id)
                        select p.id, s.id from news_post p join school s on p.id % 6 = s.id % 6
                        where p.slug like 'plan-%'""").update();
        jdbc.sql("""
                        delete from news_post_school
                        where school_id = (select id from school where slug = 'abingdon-school')""").update();
        jdbc.sql("analyze news_post").update();
        jdbc.sql("analyze news_post_school").update();

        // The school without posts first: with its id bound, its statement was never given the one plan.
        for (String school : List.of("abingdon-school", "radley-college")) {
            for (int i = 0; i < 15; i++) {
                mvc.perform(get("/schools/" + school)).andExpect(status().isOk());
            }
            List<Long> genericPlans = jdbc.sql("""
                            select p.generic_plans from pg_prepared_statements p
                            where p.statement like '%from news_post p%' and p.statement like '%s.school_id = %'""")
                    .query(Long.class).list();
            assertThat(genericPlans).as("after %s, the schools' news statements prepared on this connection", school)
                    .isNotEmpty()
                    .allSatisfy(executions -> assertThat(executions).as("executions with the one plan kept")
                            .isPositive());
        }
    }

    /** Posts with one to three related schools each, newest first by number, all already public. */
    private void addPosts(int from, int to) {
        for (int i = from; i < to; i++) {
            long id = jdbc.sql("""
                            insert into news_post (title, slug, summary, body, status, publish_at, author_name)
                            values (:title, :slug, 'Summary', 'Body with **Markdown**.', 'PUBLISHED', :at, 'Jessica Burns')
                            returning id""")
                    .param("title", "Count " + i).param("slug", "count-" + i)
                    .param("at", clock.instant().minusSeconds(i).atOffset(ZoneOffset.UTC))
                    .query(Long.class).single();
            int schools = i % 3 + 1;
            for (int s = 0; s < schools; s++) {
                jdbc.sql("insert into news_post_school (post_id, school_id) select :id, id from school where slug = :slug")
                        .param("id", id).param("slug", SCHOOLS[(i + s) % SCHOOLS.length]).update();
            }
        }
    }

    private Map<String, Long> countStatements() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : PAGES) {
            counts.put(page, StatementCounter.countOf(entityManager,
                    () -> mvc.perform(get(page)).andExpect(status().isOk())));
        }
        return counts;
    }
}
