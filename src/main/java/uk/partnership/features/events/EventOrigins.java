package uk.partnership.features.events;

import java.util.Optional;

/**
 * Where an event came from, answered by the module that made it: proposals knows which approved proposal became
 * which event. Events depends on no such module; the event form shows the link when one answers.
 */
public interface EventOrigins {

    /** The proposal the event was made from, if it was. */
    Optional<Long> proposalOf(long eventId);
}
