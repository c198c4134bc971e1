package uk.partnership.features.events;

/**
 * An event found by search.
 *
 * @param event   the event, as the calendar shows it
 * @param snippet the words around the match, already safe HTML ({@code SearchText.toHtml})
 * @param past    whether it has ended
 */
public record EventHit(EventView event, String snippet, boolean past) {
}
