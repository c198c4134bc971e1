package uk.partnership.features.events;

import java.time.Instant;

/**
 * A published event that has ended, as the lists of events awaiting numbers show it
 * ({@link EventActivities#endedBetween}): its title and its start. A term's worth of these is a few hundred rows on
 * every coordinator's dashboard, so they carry only what those lists read (issue 18).
 */
public record EndedEvent(long id, String title, Instant startsAt) {
}
