package uk.partnership.features.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.audit.Actor;
import uk.partnership.features.events.EventImports;
import uk.partnership.features.imports.ImportItems.Decision;
import uk.partnership.features.imports.ImportItems.Item;
import uk.partnership.features.imports.ImportItems.Notice;

/**
 * The short transactions of an import run (ADR 0030): claiming the sources due, under a PostgreSQL advisory lock so
 * one instance of many claims each source once; and, after each source is fetched outside any transaction, storing
 * what it found. A new entry waits for review (or is published at once, if the source says so); a change to an
 * accepted one moves, cancels, reinstates its event, and is listed for the coordinator; an ignored one stays ignored.
 */
@Service
class ImportStore {

    /** The advisory lock's key: any fixed number no other job of this database uses ("IMPORTCA" in ASCII). */
    static final long LOCK = 0x494D504F5254_4341L;
    /** The import acting on its own: its audit entries say so, and where each change came from. */
    static final Actor IMPORT = new Actor(null, "calendar-import", "Calendar import");

    private final JdbcClient jdbc;
    private final ImportItems items;
    private final EventImports events;
    private final ImportProperties properties;
    private final Clock clock;

    ImportStore(JdbcClient jdbc, ImportItems items, EventImports events, ImportProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.items = items;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A source claimed for one fetch. */
    record Claim(long id, String url, @Nullable String etag, @Nullable String lastModified) {
    }

    /**
     * Claims the sources due (every source not being fetched, when {@code all}); none when another instance is
     * claiming at this moment. A claim lasts the fetch's time limit and a minute more, so a run that died frees it.
     */
    @Transactional
    List<Claim> claim(boolean all) {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        update import_source set claimed_until = :until, next_run_at = :next
                        where (claimed_until is null or claimed_until < :now) and (:all or next_run_at <= :now)
                        returning id, url, etag, last_modified
                        """)
                .param("until", now.plus(properties.timeout()).plusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("next", now.plus(properties.interval()).atOffset(ZoneOffset.UTC))
                .param("now", now.atOffset(ZoneOffset.UTC)).param("all", all)
                .query((rs, row) -> new Claim(rs.getLong("id"), rs.getString("url"), rs.getString("etag"),
                        rs.getString("last_modified")))
                .list();
    }

    /** The fetch failed: said on the source's row, with when it last worked kept. */
    @Transactional
    void failed(long sourceId, String problem) {
        jdbc.sql("""
                        update import_source set last_attempt_at = :now, last_problem = :problem, claimed_until = null
                        where id = :id
                        """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("problem", problem.length() > 500 ? problem.substring(0, 500) : problem)
                .param("id", sourceId).update();
    }

    /** Nothing changed since the last fetch (a 304). */
    @Transactional
    void unchanged(long sourceId) {
        jdbc.sql("""
                        update import_source set last_attempt_at = :now, last_success_at = :now, last_problem = '',
                            claimed_until = null
                        where id = :id
                        """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("id", sourceId).update();
    }

    /** Stores what the feed says now, from {@code from} on (older items are left as they were). */
    @Transactional
    void save(long sourceId, List<Occurrence> found, Instant from, @Nullable String etag,
              @Nullable String lastModified) {
        ImportItems.Settings source = items.settingsOf(sourceId);
        if (source == null) {
            return;
        }
        String url = source.url();
        Instant now = clock.instant();
        Map<String, Item> known = new HashMap<>();
        items.of(sourceId).forEach(item -> known.put(item.key(), item));
        Map<String, Occurrence> wanted = new LinkedHashMap<>();
        found.stream().filter(occurrence -> occurrence.matches(source.keyword()))
                .forEach(occurrence -> wanted.putIfAbsent(ImportItems.key(occurrence), occurrence));
        for (Occurrence occurrence : wanted.values()) {
            Item item = known.remove(ImportItems.key(occurrence));
            if (item == null) {
                if (!occurrence.cancelled()) {
                    long id = items.insert(sourceId, occurrence, now);
                    Item made = items.lockedById(id);
                    if (source.publishAtOnce() && made != null) {
                        items.accept(IMPORT, made, source, source.categoryId(), Notice.PUBLISHED);
                    }
                }
            } else if (item.removed() || !item.occurrence().sameAs(occurrence)) {
                changed(item, occurrence, url, now);
            }
        }
        for (Item gone : known.values()) {
            if (!gone.removed() && !gone.occurrence().endsAt().isBefore(from)) {
                removed(gone, url, now);
            }
        }
        jdbc.sql("""
                        update import_source set last_attempt_at = :now, last_success_at = :now, last_problem = '',
                            claimed_until = null, etag = :etag, last_modified = :lastModified, last_count = :count
                        where id = :id
                        """)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("etag", etag).param("lastModified", lastModified)
                .param("count", wanted.size()).param("id", sourceId).update();
    }

    private void changed(Item item, Occurrence now, String url, Instant at) {
        if (item.decision() == Decision.PENDING && now.cancelled()) {
            items.delete(item.id());
            return;
        }
        items.update(item.id(), now, at);
        if (item.decision() != Decision.ACCEPTED || item.eventId() == null) {
            return;
        }
        Occurrence before = item.occurrence();
        boolean wasOff = before.cancelled() || item.removed();
        if (now.cancelled()) {
            if (events.cancel(IMPORT, url, item.eventId(), items.cancelledReason())) {
                items.notice(item.id(), Notice.CANCELLED);
            }
            return;
        }
        boolean moved = (item.removed() || now.movedFrom(before))
                && events.follow(IMPORT, url, item.eventId(), now.toEvent());
        boolean restored = wasOff && events.reinstate(IMPORT, url, item.eventId());
        if (restored) {
            items.notice(item.id(), Notice.RESTORED);
        } else if (moved) {
            items.notice(item.id(), Notice.CHANGED);
        }
    }

    private void removed(Item item, String url, Instant at) {
        switch (item.decision()) {
            case PENDING -> items.delete(item.id());
            case IGNORED -> items.removed(item.id(), at);
            case ACCEPTED -> {
                items.removed(item.id(), at);
                if (item.eventId() != null
                        && events.cancel(IMPORT, url, item.eventId(), items.cancelledReason())) {
                    items.notice(item.id(), Notice.REMOVED);
                }
            }
        }
    }
}
