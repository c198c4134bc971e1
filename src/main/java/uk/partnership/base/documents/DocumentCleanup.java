package uk.partnership.base.documents;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the documents of items that no longer exist (a draft event, a news post or a programme page deleted, a
 * series' draft date dropped): their owner ({@link DocumentOwner}) no longer finds them. Visitors never got them (a
 * missing owner is a 404), but a file such as a consent form should not be kept once its item is gone.
 * <p>
 * Once, on one instance, however many run: the job takes a PostgreSQL transaction-level advisory lock, as
 * {@code PictureCleanup} does, and the others skip this run. A document is only ever added to an item that exists
 * (its owner is checked in the same transaction) and ids are never reused, so a document this job deletes can never
 * belong to an item that still exists.
 */
@Component
class DocumentCleanup {

    /** The advisory lock's key: any fixed number no other job of this database uses ("DOCCLEAN" in ASCII). */
    static final long LOCK = 0x444F_4343_4C45_414EL;

    private final JdbcClient jdbc;
    private final Map<String, DocumentOwner> owners;

    DocumentCleanup(JdbcClient jdbc, List<DocumentOwner> owners) {
        this.jdbc = jdbc;
        this.owners = owners.stream().collect(Collectors.toUnmodifiableMap(DocumentOwner::kind, Function.identity()));
    }

    /** Deletes the documents of items that are gone; returns how many. Another instance already at it: nothing (0). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT15M")
    @Transactional
    public int clean() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        record Owned(String kind, long id) {
        }
        List<Owned> owned = jdbc.sql("""
                        select distinct owner_kind, owner_id from document""")
                .query((rs, row) -> new Owned(rs.getString("owner_kind"), rs.getLong("owner_id"))).list();
        int deleted = 0;
        for (Owned item : owned) {
            DocumentOwner owner = owners.get(item.kind());
            // A kind no owner answers for any more is left alone: it may be a feature switched off, not deleted data.
            if (owner != null && owner.find(item.id()).isEmpty()) {
                deleted += jdbc.sql("delete from document where owner_kind = :kind and owner_id = :id")
                        .param("kind", item.kind()).param("id", item.id()).update();
            }
        }
        return deleted;
    }
}
