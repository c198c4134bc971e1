package uk.partnership.base.web;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A check that a table holds nothing in the way (a slug in use, days that overlap) stays true only until another
 * transaction commits: two requests at once can both pass it and both save. Taken first, this lock makes such checks
 * on one table, with what they then save, one transaction at a time, on every instance: a PostgreSQL advisory lock
 * held until the transaction ends, after which the next one's check sees what was saved. It is the two-key form, keyed
 * by the table's oid, so it meets none of the scheduled jobs' one-key locks.
 */
public final class TableLock {

    private TableLock() {
    }

    /** Waits until no other transaction holds {@code table}'s lock, and holds it until this transaction ends. */
    public static void forChecksOn(JdbcClient jdbc, String table) {
        jdbc.sql("select pg_advisory_xact_lock(cast(cast(:table as regclass) as oid)::int, 0)")
                .param("table", table).query((rs, n) -> 1).single();
    }
}
