package uk.partnership.features.proposals;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;
import uk.partnership.features.events.Audience;

/**
 * The representative's proposal form, as typed. It has no status or school field: those come from the
 * proposal's state and the signed-in person, never from the request (no over-posting).
 */
record ProposalForm(
        @NotBlank(message = "{proposals.title.required}") @Size(max = 200, message = "{proposals.title.tooLong}")
        @SingleLine String title,
        @NotBlank(message = "{proposals.description.required}") @Size(max = 10000, message = "{proposals.description.tooLong}")
        String description,
        @Size(max = 500, message = "{proposals.dates.tooLong}") @SingleLine String proposedDates,
        @Nullable Boolean flexible,
        @Size(max = 500, message = "{proposals.flexibleNote.tooLong}") @SingleLine String flexibleNote,
        @Size(max = 300, message = "{proposals.venue.tooLong}") @SingleLine String venue,
        @Nullable List<Audience> audiences,
        @Nullable List<Integer> yearGroups,
        @Nullable Long categoryId,
        @Size(max = 9, message = "{proposals.expectedNumbers.invalid}") @SingleLine String expectedNumbers,
        @Size(max = 5000, message = "{proposals.needs.tooLong}") String needs,
        @Nullable Long version) {

    static final List<Integer> YEAR_GROUPS = List.of(7, 8, 9, 10, 11, 12, 13);

    boolean isFlexible() {
        return Boolean.TRUE.equals(flexible);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    static ProposalForm empty() {
        return new ProposalForm("", "", "", false, "", "", new ArrayList<>(), new ArrayList<>(), null, "", "", 0L);
    }

    static ProposalForm of(ProposalView view) {
        return new ProposalForm(view.title(), view.description(), view.proposedDates(), view.flexible(),
                view.flexibleNote(), view.venue(), new ArrayList<>(view.audiences()), new ArrayList<>(view.yearGroups()),
                view.categoryId(), view.expectedNumbers() == null ? "" : view.expectedNumbers().toString(), view.needs(),
                view.version());
    }
}
