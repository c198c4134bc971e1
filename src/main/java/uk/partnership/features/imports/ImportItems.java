package uk.partnership.features.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.audit.Actor;
import uk.partnership.features.events.EventImports;

/**
 * The rows of what a source found, one per occurrence (keyed by source, UID and RECURRENCE-ID), and the one way an
 * item becomes an event. Used inside the callers' transactions.
 */
@Component
class ImportItems {

    enum Decision { PENDING, ACCEPTED, IGNORED }

    /** What an accepted item's event went through that the coordinator has not seen yet. */
    enum Notice { PUBLISHED, CHANGED, CANCELLED, REMOVED, RESTORED }

    /** An item as stored, with what its event is made from. */
    record Item(long id, long sourceId, String uid, String recurrenceId, Occurrence occurrence, boolean removed,
                Decision decision, @Nullable Long eventId) {

        String key() {
            return uid + "\u0000" + recurrenceId;
        }
    }

    /** What a source says about the events made of its entries. */
    record Settings(long schoolId, long categoryId, boolean publishAtOnce, String keyword, String url) {
    }

    private final JdbcClient jdbc;
    private final EventImports events;
    private final MessageSource messages;

    ImportItems(JdbcClient jdbc, EventImports events, MessageSource messages) {
        this.jdbc = jdbc;
        this.events = events;
        this.messages = messages;
    }

    static String key(Occurrence occurrence) {
        return occurrence.uid() + "\u0000" + occurrence.recurrenceId();
    }

    /** The source's settings (locked until the caller's transaction ends), or null when it was removed. */
    @Nullable Settings settingsOf(long sourceId) {
        return jdbc.sql("""
                        select school_id, category_id, publish_at_once, keyword, url from import_source
                        where id = :id for update
                        """)
                .param("id", sourceId)
                .query((rs, row) -> new Settings(rs.getLong("school_id"), rs.getLong("category_id"),
                        rs.getBoolean("publish_at_once"), rs.getString("keyword"), rs.getString("url")))
                .optional().orElse(null);
    }

    List<Item> of(long sourceId) {
        return jdbc.sql("select * from import_item where source_id = :source for update")
                .param("source", sourceId).query((rs, row) -> item(rs)).list();
    }

    @Nullable Item lockedById(long id) {
        return jdbc.sql("select * from import_item where id = :id for update").param("id", id)
                .query((rs, row) -> item(rs)).optional().orElse(null);
    }

    long insert(long sourceId, Occurrence occurrence, Instant now) {
        Map<String, Object> params = fields(occurrence);
        params.put("source", sourceId);
        params.put("uid", occurrence.uid());
        params.put("recurrenceId", occurrence.recurrenceId());
        params.put("now", now.atOffset(ZoneOffset.UTC));
        return jdbc.sql("""
                        insert into import_item (source_id, uid, recurrence_id, title, description, location, all_day,
                            starts_at, ends_at, first_day, last_day, cancelled, first_seen_at, changed_at)
                        values (:source, :uid, :recurrenceId, :title, :description, :location, :allDay, :startsAt,
                            :endsAt, :firstDay, :lastDay, :cancelled, :now, :now)
                        returning id
                        """)
                .params(params).query(Long.class).single();
    }

    /** Stores the item's new fields (present again if it was removed). */
    void update(long id, Occurrence occurrence, Instant now) {
        Map<String, Object> params = fields(occurrence);
        params.put("id", id);
        params.put("now", now.atOffset(ZoneOffset.UTC));
        jdbc.sql("""
                        update import_item set title = :title, description = :description, location = :location,
                            all_day = :allDay, starts_at = :startsAt, ends_at = :endsAt, first_day = :firstDay,
                            last_day = :lastDay, cancelled = :cancelled, removed = false, changed_at = :now
                        where id = :id
                        """)
                .params(params).update();
    }

    void removed(long id, Instant now) {
        jdbc.sql("update import_item set removed = true, changed_at = :now where id = :id")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from import_item where id = :id").param("id", id).update();
    }

    void notice(long id, Notice notice) {
        jdbc.sql("update import_item set notice = :notice where id = :id")
                .param("notice", notice.name()).param("id", id).update();
    }

    void ignore(long id) {
        jdbc.sql("update import_item set decision = 'IGNORED', notice = null, problem = '' where id = :id")
                .param("id", id).update();
    }

    /**
     * Makes the item a published event of its source's school in {@code categoryId}; returns whether it did. When the
     * event cannot be made (its dates refused), the item stays to review with the reason shown.
     */
    boolean accept(Actor actor, Item item, Settings source, long categoryId, @Nullable Notice notice) {
        EventImports.Outcome outcome = events.publish(actor, source.url(), item.occurrence().toEvent(),
                source.schoolId(), categoryId);
        if (outcome.id() == null) {
            String problem = String.join(" ", outcome.problems().stream().map(this::text).distinct().toList());
            jdbc.sql("update import_item set problem = :problem where id = :id")
                    .param("problem", problem.length() > 500 ? problem.substring(0, 500) : problem)
                    .param("id", item.id()).update();
            return false;
        }
        jdbc.sql("""
                        update import_item set decision = 'ACCEPTED', event_id = :event, notice = :notice, problem = ''
                        where id = :id
                        """)
                .param("event", outcome.id()).param("notice", notice == null ? null : notice.name())
                .param("id", item.id()).update();
        return true;
    }

    /** The reason an event cancelled from its calendar shows. */
    String cancelledReason() {
        return messages.getMessage("imports.cancelled.reason", null, Locale.UK);
    }

    private String text(MessageSourceResolvable problem) {
        return messages.getMessage(problem, Locale.UK);
    }

    private static Map<String, Object> fields(Occurrence occurrence) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", cut(occurrence.title(), 500));
        params.put("description", occurrence.description());
        params.put("location", cut(occurrence.location(), 500));
        params.put("allDay", occurrence.allDay());
        params.put("startsAt", occurrence.startsAt().atOffset(ZoneOffset.UTC));
        params.put("endsAt", occurrence.endsAt().atOffset(ZoneOffset.UTC));
        params.put("firstDay", occurrence.firstDay());
        params.put("lastDay", occurrence.lastDay());
        params.put("cancelled", occurrence.cancelled());
        return params;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        Occurrence occurrence = new Occurrence(rs.getString("uid"), rs.getString("recurrence_id"),
                rs.getString("title"), rs.getString("description"), rs.getString("location"), "",
                rs.getBoolean("all_day"), rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getBoolean("cancelled"));
        long event = rs.getLong("event_id");
        return new Item(rs.getLong("id"), rs.getLong("source_id"), rs.getString("uid"), rs.getString("recurrence_id"),
                occurrence, rs.getBoolean("removed"), Decision.valueOf(rs.getString("decision")),
                rs.wasNull() ? null : event);
    }
}
