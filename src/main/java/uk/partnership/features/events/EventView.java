package uk.partnership.features.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;
import uk.partnership.base.schools.SchoolView;

/**
 * An event as the public pages and feeds see it. Times are in the site's zone. For an all-day event
 * {@link #startDate()} and {@link #endDate()} (inclusive) are the truth, and {@link #startsAt()} /
 * {@link #endsAt()} are the start of its first day and the start of the day after its last.
 */
public record EventView(
        long id,
        UUID uid,
        String title,
        String slug,
        String summary,
        String description,
        boolean allDay,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        String venueName,
        String venueAddress,
        @Nullable String onlineUrl,
        boolean wholePartnership,
        List<SchoolView> hosts,
        CategoryView category,
        List<Audience> audiences,
        List<Integer> yearGroups,
        String bookingText,
        @Nullable String bookingUrl,
        EventStatus status,
        @Nullable Instant cancelledAt,
        String cancellationReason,
        int sequence,
        Instant createdAt,
        Instant updatedAt,
        @Nullable NewDate postponedTo,
        @Nullable ZonedDateTime postponedFrom,
        @Nullable Picture picture,
        boolean picturePupils) implements CalendarEvent {

    /** The event a postponed one moved to: its address, when it starts, and whether it is public yet. */
    public record NewDate(String slug, ZonedDateTime startsAt, boolean allDay, boolean published) {
    }

    @Override
    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    @Override
    public boolean postponed() {
        return cancelled() && postponedTo != null;
    }

    /** A postponed event whose new date the public can see. */
    public boolean newDatePublished() {
        return postponedTo != null && postponedTo.published();
    }

    /** Whether the event is over at {@code now}: no more booking, joining or adding it to a calendar. */
    public boolean endedBy(Instant now) {
        return !endsAt.toInstant().isAfter(now);
    }
}
