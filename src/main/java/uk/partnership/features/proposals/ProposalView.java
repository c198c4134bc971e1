package uk.partnership.features.proposals;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.features.events.Audience;

/** One proposal as the pages show it. */
record ProposalView(long id, long schoolId, String schoolName, String title, String description, String proposedDates,
                    boolean flexible, String flexibleNote, String venue, List<Audience> audiences,
                    List<Integer> yearGroups, @Nullable Long categoryId, @Nullable String categoryName,
                    @Nullable Integer expectedNumbers, String needs, ProposalStatus status, @Nullable Long eventId,
                    long version, Instant createdAt, Instant updatedAt, String submitted, String updated,
                    String updatedBy) {

    public boolean editable() {
        return status.editable();
    }

    public boolean canResubmit() {
        return status.representativeMoves().contains(ProposalStatus.RESUBMITTED);
    }

    public boolean canWithdraw() {
        return status.representativeMoves().contains(ProposalStatus.WITHDRAWN);
    }

    public boolean awaitingReview() {
        return status.awaitingReview();
    }

    /** A dated line of the thread or of the history. */
    record Entry(String who, boolean coordinator, String what, String detail, String when, String datetime) {
    }
}
