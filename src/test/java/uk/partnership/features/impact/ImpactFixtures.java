package uk.partnership.features.impact;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Events for the impact tests, made straight in the database (the tests' own fixtures, not the module's code). */
final class ImpactFixtures {

    private ImpactFixtures() {
    }

    /** A published event from {@code start} for 2 hours, for students of years 9 and 10, hosted by the schools given. */
    static long event(JdbcClient jdbc, String title, Instant start, String category, String... hostSlugs) {
        String slug = "impact-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                        insert into event (title, slug, all_day, starts_at, ends_at, category_id, status, audiences,
                                           year_groups)
                        values (:title, :slug, false, :start, :end, (select id from category where slug = :category),
                                'PUBLISHED', '{STUDENTS,PARENTS}', '{9,10}')
                        returning id""")
                .param("title", title).param("slug", slug).param("start", start.atOffset(ZoneOffset.UTC))
                .param("end", start.plusSeconds(7200).atOffset(ZoneOffset.UTC)).param("category", category)
                .query(Long.class).single();
        for (String host : hostSlugs) {
            jdbc.sql("insert into event_host (event_id, school_id) select :event, id from school where slug = :slug")
                    .param("event", id).param("slug", host).update();
        }
        return id;
    }

    static long school(JdbcClient jdbc, String slug) {
        return jdbc.sql("select id from school where slug = :slug").param("slug", slug).query(Long.class).single();
    }
}
