package uk.partnership.features.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The impact module's own tables: the numbers (impact_record), which events' representatives have been asked for them
 * (impact_request), and the publication setting. Plain SQL, one statement per read whatever the number of events: a
 * report hands over the ids of the events the events module gave it, as one array parameter.
 */
@Component
class ImpactStore {

    private static final String COLUMNS = """
            event_id, school_id, students, year_7, year_8, year_9, year_10, year_11, year_12, year_13, staff, parents,
            others, version, updated_at, updated_by""";

    private final JdbcClient jdbc;

    ImpactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every school's numbers for these events. */
    List<ImpactRecord> forEvents(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from impact_record where event_id = any(cast(:ids as bigint[]))")
                .param("ids", array(eventIds)).query(ImpactStore::record).list();
    }

    /** Of these events, those with numbers from at least one school. */
    Set<Long> recorded(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select distinct event_id from impact_record where event_id = any(cast(:ids as bigint[]))""")
                .param("ids", array(eventIds)).query(Long.class).list());
    }

    Optional<ImpactRecord> find(long eventId, long schoolId, boolean forUpdate) {
        return jdbc.sql("select " + COLUMNS + " from impact_record where event_id = :event and school_id = :school"
                        + (forUpdate ? " for update" : ""))
                .param("event", eventId).param("school", schoolId).query(ImpactStore::record).optional();
    }

    /**
     * Saves a school's numbers for an event: a new row (version 1: an empty form's version is 0), or the existing one
     * with its version raised. Answers false
     * when a row was added meanwhile by someone else (the insert found one), so the caller can refuse the save.
     */
    boolean save(long eventId, long schoolId, Numbers numbers, boolean existing, Instant now, String by) {
        String sql = existing ? """
                update impact_record set students = :students, year_7 = :y7, year_8 = :y8, year_9 = :y9,
                       year_10 = :y10, year_11 = :y11, year_12 = :y12, year_13 = :y13, staff = :staff,
                       parents = :parents, others = :others, version = version + 1, updated_at = :now, updated_by = :by
                where event_id = :event and school_id = :school""" : """
                insert into impact_record (event_id, school_id, students, year_7, year_8, year_9, year_10, year_11,
                                           year_12, year_13, staff, parents, others, version, created_at, updated_at,
                                           updated_by)
                values (:event, :school, :students, :y7, :y8, :y9, :y10, :y11, :y12, :y13, :staff, :parents, :others,
                        1, :now, :now, :by)
                on conflict (event_id, school_id) do nothing""";
        var statement = jdbc.sql(sql).param("event", eventId).param("school", schoolId)
                .param("students", numbers.students()).param("staff", numbers.staff())
                .param("parents", numbers.parents()).param("others", numbers.others())
                .param("now", now.atOffset(ZoneOffset.UTC)).param("by", by);
        for (int year = Numbers.FIRST_YEAR; year <= Numbers.LAST_YEAR; year++) {
            statement = statement.param("y" + year, numbers.year(year), Types.INTEGER);
        }
        return statement.update() == 1;
    }

    /** The schools' numbers on roll, where known, by school id. */
    Map<Long, Integer> numbersOnRoll() {
        return jdbc.sql("select id, number_on_roll from school where number_on_roll is not null")
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getInt("number_on_roll"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Marks an event as asked for its numbers; false when it already was (another run, or another instance, got
     * there first).
     */
    boolean markAsked(long eventId, Instant now) {
        return jdbc.sql("insert into impact_request (event_id, asked_at) values (:event, :now) on conflict do nothing")
                .param("event", eventId).param("now", now.atOffset(ZoneOffset.UTC)).update() == 1;
    }

    /** Of these events, those whose representatives were asked already. */
    Set<Long> asked(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select event_id from impact_request where event_id = any(cast(:ids as bigint[]))")
                .param("ids", array(eventIds)).query(Long.class).list());
    }

    /** The publication setting: whether the school year's headline figures are on the about page, and its version. */
    record Publication(boolean published, long version, @Nullable String updatedBy, Instant updatedAt) {
    }

    Publication publication() {
        return jdbc.sql("select publish_headline, version, updated_by, updated_at from impact_setting where id = 1")
                .query((rs, row) -> new Publication(rs.getBoolean("publish_headline"), rs.getLong("version"),
                        rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional().orElse(new Publication(false, 0, null, Instant.EPOCH));
    }

    /** Sets the publication if it is still at {@code version}; false when someone else changed it first. */
    boolean publish(boolean published, long version, Instant now, String by) {
        return jdbc.sql("""
                        update impact_setting set publish_headline = :published, version = version + 1,
                               updated_at = :now, updated_by = :by
                        where id = 1 and version = :version""")
                .param("published", published).param("version", version).param("now", now.atOffset(ZoneOffset.UTC))
                .param("by", by).update() == 1;
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static ImpactRecord record(ResultSet rs, int row) throws SQLException {
        List<@Nullable Integer> years = new ArrayList<>();
        for (int year = Numbers.FIRST_YEAR; year <= Numbers.LAST_YEAR; year++) {
            years.add(rs.getObject("year_" + year, Integer.class));
        }
        Numbers numbers = new Numbers(rs.getInt("students"), years, rs.getInt("staff"), rs.getInt("parents"),
                rs.getInt("others"));
        return new ImpactRecord(rs.getLong("event_id"), rs.getLong("school_id"), numbers, rs.getLong("version"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by"));
    }
}
