package uk.partnership.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.support.DemoContent;
import uk.partnership.support.StatementCounter;

/**
 * The signed-in pages run the same, small number of SQL statements with a few events and posts as with SPEC section
 * 7's 10,000 events and 1,000 posts (issue 18): no statement per event, post, school, account or proposal. The
 * counts include the settings and the schools, which a running site reads once per content change (kept reads are
 * off in tests), and the two statements that store the session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SignedInStatementCountTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String REPRESENTATIVE = "radley-college@ox14.example.org";

    final MockMvc mvc;
    final JdbcClient jdbc;
    final DataSource dataSource;
    final EntityManager entityManager;
    final UserDetailsService accounts;

    @Autowired
    SignedInStatementCountTest(MockMvc mvc, JdbcClient jdbc, DataSource dataSource, EntityManager entityManager,
                               UserDetailsService accounts) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.accounts = accounts;
    }

    @Test
    void signedInPagesRunAsManyStatementsWithTenThousandEventsAsWithSixty() throws Exception {
        DemoContent.load(dataSource);
        // Enough for a second page of the coordinator's list (25 rows) whatever else the shared schema holds: an empty
        // page runs one statement fewer, which made the comparison depend on the order of the tests.
        add(0, 60);
        Map<String, Long> few = countStatements();

        add(60, 10_000);
        Map<String, Long> many = countStatements();

        assertThat(many).isEqualTo(few);
        // 18: the event form also reads the saved venues and, for a draft made from a proposal, the proposal's
        // notes and whether its date is still to be set (issue 19), its documents (issue 20) and the school calendar
        // it was imported from (issue 22): one statement each, whatever the amount of content.
        assertThat(few.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(18));
    }

    /**
     * Events count-{from} to count-{to - 1}, each hosted by one school, a tenth as many news posts and a hundredth as
     * many representatives' accounts (the dashboard counts the accounts and names each one's school).
     */
    private void add(int from, int to) {
        jdbc.sql("""
                insert into account (email, name, role, school_id, status, password_hash)
                select 'count-' || i || '@example.org', 'Count ' || i, 'REPRESENTATIVE',
                       (select id from school order by id offset i % 6 limit 1), 'ACTIVE', '{bcrypt}not-a-password'
                from generate_series(:from / 100, :to / 100 - 1) i""")
                .param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into event (title, slug, all_day, starts_at, ends_at, category_id, status)
                select 'Count ' || i, 'count-' || i, false,
                       now() + i * interval '7 hours', now() + i * interval '7 hours' + interval '2 hours',
                       (select min(id) from category), case when i % 10 = 0 then 'DRAFT' else 'PUBLISHED' end
                from generate_series(:from, :to - 1) i""")
                .param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into event_host (event_id, school_id)
                select e.id, (select id from school order by id offset cast(substring(e.slug from 7) as int) % 6 limit 1)
                from event e where e.slug like 'count-%' and cast(substring(e.slug from 7) as int) between :from and :to - 1""")
                .param("from", from).param("to", to).update();
        // Every seventh event (from the fourth) a date of one series: the coordinator's list shows it as one row
        // holding its dates (issue 19), with no statement per series or date.
        long series = jdbc.sql("""
                insert into event_series (frequency, first_day, until_date, skip_term_breaks)
                values ('WEEKLY', current_date, current_date + 700, false) returning id""").query(Long.class).single();
        jdbc.sql("""
                update event set series_id = :series
                where slug like 'count-%' and cast(substring(slug from 7) as int) between :from and :to - 1
                  and cast(substring(slug from 7) as int) % 7 = 3""")
                .param("series", series).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into news_post (title, slug, summary, body, status, publish_at, author_name)
                select 'Count ' || i, 'count-' || i, 'Summary', 'Body', 'PUBLISHED', now() - i * interval '1 hour',
                       'Jessica Burns'
                from generate_series(:from / 10, :to / 10 - 1) i""")
                .param("from", from).param("to", to).update();
    }

    private Map<String, Long> countStatements() throws Exception {
        long eventId = jdbc.sql("select id from event where slug = 'count-1'").query(Long.class).single();
        long postId = jdbc.sql("select id from news_post where slug = 'count-0'").query(Long.class).single();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : List.of("/admin", "/admin/events", "/admin/events?when=past", "/admin/events?page=2",
                "/admin/events/" + eventId, "/admin/events/" + eventId + "/unpublish", "/admin/news",
                "/admin/news/" + postId, "/admin/proposals", "/admin/audit", "/admin/impact")) {
            counts.put(page, count(page, COORDINATOR));
        }
        counts.put("/proposals", count("/proposals", REPRESENTATIVE));
        counts.put("/proposals/impact", count("/proposals/impact", REPRESENTATIVE));
        return counts;
    }

    private long count(String page, String email) throws Exception {
        var person = accounts.loadUserByUsername(email);
        return StatementCounter.countOf(entityManager,
                () -> mvc.perform(get(page).with(user(person))).andExpect(status().isOk()));
    }
}
