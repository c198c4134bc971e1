package uk.partnership.features.events;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an event came from, answered by the module that made it: proposals knows which approved proposal became
 * which event. Events depends on no such module; the event form shows the link when one answers.
 */
public interface EventOrigins {

    /** The proposal the event was made from, if it was. */
    Optional<Long> proposalOf(long eventId);

    /**
     * Notes for the coordinator only, never for the public page: who proposed the event, the dates proposed, the
     * numbers expected, what is needed. One line each, ready to show.
     */
    default List<String> notesFor(long eventId) {
        return List.of();
    }

    /**
     * A short line for the coordinator's list of events, by event id, for those of {@code eventIds} this module made
     * (say, the school calendar it was imported from). One statement for the whole page of the list.
     */
    default Map<Long, String> listLinesFor(Collection<Long> eventIds) {
        return Map.of();
    }
}
