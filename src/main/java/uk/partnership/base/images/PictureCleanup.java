package uk.partnership.base.images;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes pictures that were uploaded and never saved with anything (a form left after an error, a picture replaced
 * or removed, an item deleted): those no {@link PictureOwner} refers to and nobody has uploaded again or saved with a
 * form for {@link #UNUSED_FOR}. A day leaves time to put a refused form right: the upload waits in the form.
 * <p>
 * Once, on one instance, however many run (as {@code ProposalReminders}, ADR 0021): the job takes a PostgreSQL
 * transaction-level advisory lock ({@code pg_try_advisory_xact_lock}) and the others skip this run. A form being
 * saved touches its picture in its own transaction ({@link PictureForms#check}), and the delete repeats the "not
 * touched since" condition, so a picture chosen meanwhile is never deleted under it: the delete waits for that save's
 * row lock, then sees the picture touched; a save that comes after the delete finds the picture gone and asks for it
 * again by its field.
 */
@Component
class PictureCleanup {

    static final Duration UNUSED_FOR = Duration.ofHours(24);
    /** At most this many pictures a run: a backlog goes in hourly slices, each a short transaction. */
    static final int BATCH = 500;
    /** The advisory lock's key: any fixed number no other job of this database uses ("PICCLEAN" in ASCII). */
    static final long LOCK = 0x5049_4343_4C45_414EL;

    private final JdbcClient jdbc;
    private final List<PictureOwner> owners;
    private final Clock clock;

    PictureCleanup(JdbcClient jdbc, List<PictureOwner> owners, Clock clock) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.clock = clock;
    }

    /** Deletes unused pictures with their variants; returns how many. Another instance already at it: nothing (0). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public int clean() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        var cutoff = clock.instant().minus(UNUSED_FOR).atOffset(ZoneOffset.UTC);
        List<String> untouched = jdbc.sql("select hash from image where touched_at < :cutoff order by touched_at limit :batch")
                .param("cutoff", cutoff).param("batch", BATCH).query(String.class).list();
        if (untouched.isEmpty()) {
            return 0;
        }
        Set<String> used = new HashSet<>();
        for (PictureOwner owner : owners) {
            used.addAll(owner.referenced(untouched));
        }
        List<String> unused = untouched.stream().filter(hash -> !used.contains(hash)).toList();
        if (unused.isEmpty()) {
            return 0;
        }
        // The variants go with their picture (on delete cascade, V49).
        return jdbc.sql("delete from image where hash in (:unused) and touched_at < :cutoff")
                .param("unused", unused).param("cutoff", cutoff).update();
    }
}
