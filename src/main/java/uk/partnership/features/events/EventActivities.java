package uk.partnership.features.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read model of the partnership's activities that took place, for the impact reports (issue 21): published
 * events, never drafts or cancelled ones, each with its category, audiences, year groups and hosts, in one statement
 * whatever their number. Other modules ask this instead of reading the events' tables, so the events module keeps
 * its tables to itself; a date of a series is an event of its own here as everywhere.
 */
@Service
public class EventActivities {

    private static final String SELECT = """
            select e.id, e.title, e.slug, e.starts_at, e.ends_at, e.all_day, e.start_date, e.end_date,
                   c.name as category_name, e.audiences, e.year_groups, e.whole_partnership, e.host_ids
            from event e join category c on c.id = e.category_id
            where e.status = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;

    EventActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published events that start in [from, to), earliest first. */
    public List<HeldEvent> startingBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT + " and e.starts_at >= :from and e.starts_at < :to order by e.starts_at, e.id")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query(EventActivities::held).list();
    }

    /** The published events that ended in [from, to), latest first. */
    public List<HeldEvent> endingBetween(Instant from, Instant to) {
        return jdbc.sql(SELECT + " and e.ends_at >= :from and e.ends_at < :to order by e.ends_at desc, e.id desc")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query(EventActivities::held).list();
    }

    /**
     * The published events that ended in [from, to), latest first, with only their title and start: the dashboard's
     * and the impact pages' lists of events awaiting numbers read a term of them on every request. Those hosted by
     * one school (or by the whole partnership), or all of them when {@code hostedBy} is null: the coordinator's lists
     * need no hosts, whose reading was half the statement's time (issue 18).
     */
    public List<EndedEvent> endedBetween(Instant from, Instant to, @Nullable Long hostedBy) {
        String hosts = hostedBy == null ? "" : " and (e.whole_partnership"
                + " or exists (select 1 from event_host h where h.event_id = e.id and h.school_id = :school))";
        var statement = jdbc.sql("select e.id, e.title, e.starts_at from event e"
                        + " where e.status = 'PUBLISHED' and e.ends_at >= :from and e.ends_at < :to" + hosts
                        + " order by e.ends_at desc, e.id desc")
                .param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC));
        if (hostedBy != null) {
            statement = statement.param("school", hostedBy);
        }
        return statement.query((rs, row) -> new EndedEvent(rs.getLong("id"), rs.getString("title"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** A published event by id. */
    public Optional<HeldEvent> published(long id) {
        return jdbc.sql(SELECT + " and e.id = :id").param("id", id).query(EventActivities::held).optional();
    }

    private static HeldEvent held(ResultSet rs, int row) throws SQLException {
        return new HeldEvent(rs.getLong("id"), rs.getString("title"), rs.getString("slug"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getBoolean("all_day"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                rs.getString("category_name"),
                Arrays.stream((Object[]) rs.getArray("audiences").getArray()).map(value -> Audience.valueOf((String) value))
                        .toList(),
                Arrays.stream((Object[]) rs.getArray("year_groups").getArray()).map(value -> ((Number) value).intValue())
                        .toList(),
                rs.getBoolean("whole_partnership"),
                hostIds(rs));
    }

    private static List<Long> hostIds(ResultSet rs) throws SQLException {
        return Arrays.stream((Object[]) rs.getArray("host_ids").getArray()).map(value -> ((Number) value).longValue())
                .toList();
    }
}
