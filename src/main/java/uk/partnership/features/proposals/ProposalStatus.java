package uk.partnership.features.proposals;

import java.util.Set;

/**
 * Where a proposal is: submitted → changes requested ⇄ resubmitted → approved | declined | withdrawn.
 * Which person may move it where is decided here and nowhere else.
 */
public enum ProposalStatus {
    SUBMITTED, CHANGES_REQUESTED, RESUBMITTED, APPROVED, DECLINED, WITHDRAWN;

    /** The representative may edit the proposal while it is submitted or changes are requested. */
    boolean editable() {
        return this == SUBMITTED || this == CHANGES_REQUESTED;
    }

    /** Waiting for a coordinator's review. */
    boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }

    boolean open() {
        return this == SUBMITTED || this == CHANGES_REQUESTED || this == RESUBMITTED;
    }

    /** The statuses a representative may move a proposal in this status to. */
    Set<ProposalStatus> representativeMoves() {
        return switch (this) {
            case SUBMITTED, RESUBMITTED -> Set.of(WITHDRAWN);
            case CHANGES_REQUESTED -> Set.of(RESUBMITTED, WITHDRAWN);
            default -> Set.of();
        };
    }

    /** The statuses a coordinator may move a proposal in this status to. */
    Set<ProposalStatus> coordinatorMoves() {
        return awaitingReview() ? Set.of(CHANGES_REQUESTED, APPROVED, DECLINED) : Set.of();
    }
}
