package uk.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema as Flyway makes it, on real PostgreSQL. A foreign key without an index makes every look-up along it a
 * scan of the whole table: the "postponed from" of every listed event once cost /events a second at 10,000 events
 * (issue 18), which no statement count shows.
 */
@SpringBootTest
@AutoConfigureMockMvc   // the configuration of most tests: their context is started once and shared
class SchemaIndexTest {

    final JdbcClient jdbc;

    @Autowired
    SchemaIndexTest(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Test
    void everyForeignKeyLeadsAnIndex() {
        var unindexed = jdbc.sql("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1""").query(String.class).list();

        assertThat(unindexed).as("foreign keys whose first column leads no index").isEmpty();
    }

    @Test
    void noTwoIndexesCoverTheSameColumns() {
        var duplicates = jdbc.sql("""
                select string_agg(i.indexrelid::regclass::text, ', ' order by i.indexrelid::regclass::text)
                from pg_index i join pg_class t on t.oid = i.indrelid
                where t.relnamespace = current_schema()::regnamespace
                group by i.indrelid, i.indkey::text, coalesce(pg_get_expr(i.indpred, i.indrelid), ''),
                         coalesce(pg_get_expr(i.indexprs, i.indrelid), ''), i.indclass::text
                having count(*) > 1""").query(String.class).list();

        assertThat(duplicates).as("indexes that repeat another").isEmpty();
    }
}
