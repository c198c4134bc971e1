package uk.partnership.features.events;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The series of repeating events as other modules name them, so they never read the events' tables: a series has no
 * name of its own, so it goes by the title of its first date, with how many dates it has.
 */
@Service
public class SeriesNames {

    /** A series as a form offers it. */
    public record SeriesChoice(long id, String title, long dates) {
    }

    private final JdbcClient jdbc;

    SeriesNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every series that has a date, by the title of its first one. */
    @Transactional(readOnly = true)
    public List<SeriesChoice> all() {
        return jdbc.sql("""
                        select s.id, first.title, (select count(*) from event d where d.series_id = s.id) as dates
                        from event_series s
                        join lateral (select e.title from event e where e.series_id = s.id
                                      order by e.starts_at, e.id limit 1) first on true
                        order by first.title, s.id""")
                .query((rs, row) -> new SeriesChoice(rs.getLong("id"), rs.getString("title"), rs.getLong("dates")))
                .list();
    }

    /** Whether every one of these ids is a series. */
    @Transactional(readOnly = true)
    public boolean allExist(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        return jdbc.sql("select count(*) from event_series where id in (:ids)").param("ids", List.copyOf(ids))
                .query(Long.class).single() == ids.stream().distinct().count();
    }
}
