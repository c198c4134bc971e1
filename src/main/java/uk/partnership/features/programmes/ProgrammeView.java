package uk.partnership.features.programmes;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;

/**
 * What pages show of a programme page. {@code categoryId} is the event category it follows, if any, and
 * {@code seriesIds} the event series; {@code picture}
 * its picture, if any, and {@code picturePupils} whether it shows pupils.
 */
public record ProgrammeView(
        long id,
        String title,
        String slug,
        String summary,
        String body,
        Placement placement,
        int position,
        @Nullable Long categoryId,
        List<Long> seriesIds,
        ProgrammeStatus status,
        @Nullable Picture picture,
        boolean picturePupils) {

    public boolean isDraft() {
        return status == ProgrammeStatus.DRAFT;
    }

    /** The public address of the page. */
    public String path() {
        return "/programmes/" + slug;
    }
}
