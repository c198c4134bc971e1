package uk.partnership.base.web.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * Content that changes by itself at a known time, such as a news post scheduled for publication. A cached
 * page is never served past the earliest such time, so the change shows on every instance at its time.
 */
public interface ScheduledChanges {

    /** The first time after {@code now} at which public content changes by itself, if any. */
    Optional<Instant> nextChangeAfter(Instant now);
}
