package uk.partnership.events;

/** Who an event is for; an event may be for several. */
public enum Audience {
    STUDENTS, PARENTS, STAFF, COMMUNITY
}
