package uk.partnership.features.programmes;

/** A draft is seen by coordinators only; a published page by everyone. */
public enum ProgrammeStatus {
    DRAFT, PUBLISHED
}
