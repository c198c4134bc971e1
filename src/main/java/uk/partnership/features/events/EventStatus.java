package uk.partnership.features.events;

/** Drafts are seen only by coordinators; cancelled events stay visible, marked, so people are told. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
