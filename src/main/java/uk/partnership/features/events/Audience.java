package uk.partnership.features.events;

/** Who an event is for; an event may be for several. */
public enum Audience {
    STUDENTS, PARENTS, STAFF, COMMUNITY
}
