package uk.partnership.features.programmes;

import org.jspecify.annotations.Nullable;

/** What pages show of a programme page. {@code categoryId} is the event category it follows, if any. */
public record ProgrammeView(
        long id,
        String title,
        String slug,
        String summary,
        String body,
        Placement placement,
        int position,
        @Nullable Long categoryId,
        ProgrammeStatus status) {

    public boolean isDraft() {
        return status == ProgrammeStatus.DRAFT;
    }

    /** The public address of the page. */
    public String path() {
        return "/programmes/" + slug;
    }
}
