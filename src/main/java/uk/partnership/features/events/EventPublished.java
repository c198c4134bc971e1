package uk.partnership.features.events;

/**
 * An application event: an event was published (alone, or the first date of a series published together), in the
 * transaction that published it. Other features listen (proposals tells the school whose proposal it was) without
 * events knowing them.
 *
 * @param eventId the event published
 * @param slug    its public address, {@code /events/{slug}}
 * @param title   its title
 */
public record EventPublished(long eventId, String slug, String title) {
}
