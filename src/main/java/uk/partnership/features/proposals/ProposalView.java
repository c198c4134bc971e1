package uk.partnership.features.proposals;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.features.events.Audience;

/** One proposal as the pages show it; {@code proposedDates} is the free text of proposals made before issue 19. */
public record ProposalView(long id, long schoolId, String schoolName, String title, String description, String proposedDates,
                    boolean flexible, String flexibleNote, String venue, List<Audience> audiences,
                    List<Integer> yearGroups, @Nullable Long categoryId, @Nullable String categoryName,
                    @Nullable Integer expectedNumbers, String needs, ProposalStatus status, @Nullable Long eventId,
                    long version, Instant createdAt, Instant updatedAt, String submitted, String updated,
                    String updatedBy, List<ProposedDate> dates) {

    /** The same proposal with its proposed dates, read separately (lists of proposals do not show them). */
    ProposalView withDates(List<ProposedDate> dates) {
        return new ProposalView(id, schoolId, schoolName, title, description, proposedDates, flexible, flexibleNote,
                venue, audiences, yearGroups, categoryId, categoryName, expectedNumbers, needs, status, eventId, version,
                createdAt, updatedAt, submitted, updated, updatedBy, dates);
    }

    /** The dates as first written, in free text: only proposals made before dates were real dates have them. */
    public boolean hasOldDates() {
        return !proposedDates.isBlank();
    }

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
    public record Entry(String who, boolean coordinator, String what, String detail, String when, String datetime) {
    }
}
