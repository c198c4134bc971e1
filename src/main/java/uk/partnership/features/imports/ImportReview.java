package uk.partnership.features.imports;

import static uk.partnership.base.web.DateFormats.DAY;
import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;
import static uk.partnership.base.web.DateFormats.MACHINE;
import static uk.partnership.base.web.DateFormats.TIME;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.CategoryNames;
import uk.partnership.features.imports.ImportItems.Decision;
import uk.partnership.features.imports.ImportItems.Item;

/**
 * The coordinator's review of what the schools' calendars brought: new entries to accept (each becomes a published
 * event of its school, in a category) or ignore (remembered, not offered again), all at once if wished; and what
 * changed in the calendars to events already accepted (moved, cancelled, removed, back on), listed until seen.
 */
@Service
class ImportReview {

    private final JdbcClient jdbc;
    private final ImportItems items;
    private final CategoryNames categories;
    private final ZoneId zone;

    ImportReview(JdbcClient jdbc, ImportItems items, CategoryNames categories, SiteProperties site) {
        this.jdbc = jdbc;
        this.items = items;
        this.categories = categories;
        this.zone = site.timeZone();
    }

    /** An entry as the review lists it. */
    record Row(long id, String schoolName, String url, String title, String when, String datetime, String location,
               boolean cancelled, boolean changedSinceFound, String problem, @Nullable String notice,
               @Nullable Long eventId, long categoryId) {
    }

    /** New entries waiting for review, soonest first. */
    @Transactional(readOnly = true)
    List<Row> waiting() {
        return rows("i.decision = 'PENDING' and not i.removed", "i.starts_at, i.id");
    }

    /** Accepted entries whose event changed from its calendar since the coordinator last looked. */
    @Transactional(readOnly = true)
    List<Row> noticed() {
        return rows("i.decision = 'ACCEPTED' and i.notice is not null", "i.changed_at desc, i.id");
    }

    @Transactional(readOnly = true)
    long ignored() {
        return jdbc.sql("select count(*) from import_item where decision = 'IGNORED'").query(Long.class).single();
    }

    /** Accepts a waiting entry in the category; the answer says what happened. */
    @Transactional
    Answer accept(Actor actor, long id, long categoryId) {
        if (!categories.exists(categoryId)) {
            return Answer.UNKNOWN_CATEGORY;
        }
        Item item = items.lockedById(id);
        if (item == null || item.decision() != Decision.PENDING || item.removed()) {
            return Answer.GONE;
        }
        return accept(actor, item, categoryId) ? Answer.DONE : Answer.REFUSED;
    }

    /** Accepts every waiting entry in its source's category; returns how many became events. */
    @Transactional
    int acceptAll(Actor actor) {
        int accepted = 0;
        for (Row row : waiting()) {
            Item item = items.lockedById(row.id());
            if (item != null && item.decision() == Decision.PENDING && !item.removed()
                    && accept(actor, item, row.categoryId())) {
                accepted++;
            }
        }
        return accepted;
    }

    /** Ignores a waiting entry: it is kept, so it is never offered again. */
    @Transactional
    Answer ignore(Actor actor, long id) {
        Item item = items.lockedById(id);
        if (item == null || item.decision() != Decision.PENDING) {
            return Answer.GONE;
        }
        items.ignore(id);
        return Answer.DONE;
    }

    /** The coordinator has seen the changes listed. */
    @Transactional
    int seen() {
        return jdbc.sql("update import_item set notice = null where notice is not null").update();
    }

    enum Answer { DONE, GONE, REFUSED, UNKNOWN_CATEGORY }

    private boolean accept(Actor actor, Item item, long categoryId) {
        ImportItems.Settings source = items.settingsOf(item.sourceId());
        return source != null && items.accept(actor, item, source, categoryId, null);
    }

    private List<Row> rows(String where, String order) {
        return jdbc.sql("""
                        select i.*, s.url, s.category_id, sc.name as school_name
                        from import_item i join import_source s on s.id = i.source_id
                        join school sc on sc.id = s.school_id
                        where %s order by %s limit 500
                        """.formatted(where, order))
                .query((rs, row) -> {
                    ZonedDateTime start = rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(zone);
                    ZonedDateTime end = rs.getObject("ends_at", OffsetDateTime.class).atZoneSameInstant(zone);
                    boolean allDay = rs.getBoolean("all_day");
                    String when = allDay ? DAY.format(rs.getObject("first_day", java.time.LocalDate.class))
                            + (rs.getObject("last_day", java.time.LocalDate.class)
                                    .equals(rs.getObject("first_day", java.time.LocalDate.class)) ? ""
                                    : " – " + DAY.format(rs.getObject("last_day", java.time.LocalDate.class)))
                            : DAY_AND_TIME.format(start) + "–" + (end.toLocalDate().equals(start.toLocalDate())
                                    ? TIME.format(end) : DAY_AND_TIME.format(end));
                    long event = rs.getLong("event_id");
                    Long eventId = rs.wasNull() ? null : event;
                    return new Row(rs.getLong("id"), rs.getString("school_name"), rs.getString("url"),
                            rs.getString("title"), when,
                            allDay ? rs.getObject("first_day", java.time.LocalDate.class).toString() : MACHINE.format(start),
                            rs.getString("location"), rs.getBoolean("cancelled"),
                            rs.getObject("changed_at", OffsetDateTime.class)
                                    .isAfter(rs.getObject("first_seen_at", OffsetDateTime.class)),
                            rs.getString("problem"), rs.getString("notice"), eventId, rs.getLong("category_id"));
                })
                .list();
    }
}
