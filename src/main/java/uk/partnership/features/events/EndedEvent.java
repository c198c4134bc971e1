package uk.partnership.features.events;

import java.time.Instant;
import java.util.List;

/**
 * A published event that has ended, as the lists of events awaiting numbers show it
 * ({@link EventActivities#endedBetween}): its title, its start and who hosted it. A term's worth of these is a few
 * hundred rows on every coordinator's dashboard, so they carry only what those lists read (issue 18).
 */
public record EndedEvent(long id, String title, Instant startsAt, boolean wholePartnership, List<Long> hostIds) {

    /** Whether the school hosted it: one of its hosts, or any school when the whole partnership did. */
    public boolean hostedBy(long schoolId) {
        return HeldEvent.hosts(wholePartnership, hostIds, schoolId);
    }
}
