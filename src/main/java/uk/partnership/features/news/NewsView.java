package uk.partnership.features.news;

import static uk.partnership.base.web.DateFormats.DAY;
import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;
import static uk.partnership.base.web.DateFormats.MACHINE;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;
import uk.partnership.base.schools.SchoolView;

/**
 * What pages show of a news post. {@code publishAt} is in the site's zone; it is null only for a draft that was
 * never published. {@code picture} is its picture, if any, and {@code picturePupils} whether it shows pupils.
 */
public record NewsView(
        long id,
        UUID uid,
        String title,
        String slug,
        String summary,
        String body,
        NewsStatus status,
        @Nullable ZonedDateTime publishAt,
        String authorName,
        Instant createdAt,
        Instant updatedAt,
        List<SchoolView> schools,
        @Nullable Picture picture,
        boolean picturePupils) {

    /** "Tue 3 Mar 2026", the day it was (or will be) published; empty for a draft never published. */
    public String day() {
        return publishAt == null ? "" : DAY.format(publishAt);
    }

    /** "Tue 3 Mar 2026, 08:00", for the coordinator's screens. */
    public String dayAndTime() {
        return publishAt == null ? "" : DAY_AND_TIME.format(publishAt);
    }

    /** For {@code <time datetime>}: the local time with the offset of that moment (+00:00 or +01:00 in London). */
    public String datetime() {
        return publishAt == null ? "" : MACHINE.format(publishAt);
    }

    /** When it last changed in a way readers should hear of: an edit, or its publication, whichever is later. */
    public Instant lastChange() {
        return publishAt == null || updatedAt.isAfter(publishAt.toInstant()) ? updatedAt : publishAt.toInstant();
    }

    public boolean isDraft() {
        return status == NewsStatus.DRAFT;
    }

    /** Not a draft, but its publish time is still to come: the public does not see it yet. */
    public boolean isWaitingAt(Instant now) {
        return !isDraft() && publishAt != null && publishAt.toInstant().isAfter(now);
    }

    /** What the post is at {@code now}, for the coordinator: a draft, scheduled (not public yet), or published. */
    public NewsStatus shownStatus(Instant now) {
        if (isDraft()) {
            return NewsStatus.DRAFT;
        }
        return isWaitingAt(now) ? NewsStatus.SCHEDULED : NewsStatus.PUBLISHED;
    }
}
