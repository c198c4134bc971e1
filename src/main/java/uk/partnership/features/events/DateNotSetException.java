package uk.partnership.features.events;

/** Publishing refused: the event's date is a placeholder (made from a flexible proposal) until a coordinator sets it. */
class DateNotSetException extends RuntimeException {

    DateNotSetException(long id) {
        super("event " + id + " has no date set yet");
    }
}
