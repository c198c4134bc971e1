package uk.partnership.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The coordinator's event form, as typed: dates and times stay text until checked, so a wrong value comes back
 * exactly as it was entered, with a message by its field. Never bound to the entity (no over-posting).
 */
record EventForm(
        @NotBlank(message = "{admin.events.title.required}") @Size(max = 200, message = "{admin.events.title.tooLong}")
        String title,
        @Size(max = 100, message = "{form.slug.invalid}") String slug,
        @Size(max = 500, message = "{admin.events.summary.tooLong}") String summary,
        @Size(max = 20000, message = "{admin.events.description.tooLong}") String description,
        @Nullable Boolean allDay,
        String startDate,
        String startTime,
        String endDate,
        String endTime,
        @Size(max = 200, message = "{admin.events.venueName.tooLong}") String venueName,
        @Size(max = 500, message = "{admin.events.venueAddress.tooLong}") String venueAddress,
        @Size(max = 500, message = "{admin.events.url.tooLong}") String onlineUrl,
        @Nullable Boolean wholePartnership,
        @Nullable List<Long> hostSchoolIds,
        @Nullable Long categoryId,
        @Nullable List<Audience> audiences,
        @Nullable List<Integer> yearGroups,
        @Size(max = 1000, message = "{admin.events.bookingText.tooLong}") String bookingText,
        @Size(max = 500, message = "{admin.events.url.tooLong}") String bookingUrl,
        @Nullable Long version) {

    static final List<Integer> YEAR_GROUPS = List.of(7, 8, 9, 10, 11, 12, 13);

    /** An unticked box sends nothing, so a missing value means no. */
    boolean isAllDay() {
        return Boolean.TRUE.equals(allDay);
    }

    boolean isWholePartnership() {
        return Boolean.TRUE.equals(wholePartnership);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    static EventForm empty() {
        return new EventForm("", "", "", "", false, "", "", "", "", "", "", "", false, new ArrayList<>(), null,
                new ArrayList<>(), new ArrayList<>(), "", "", 0L);
    }

    static EventForm of(EventView event) {
        return new EventForm(event.title(), event.slug(), event.summary(), event.description(), event.allDay(),
                event.firstDay().toString(),
                event.allDay() ? "" : EventTimes.TIME.format(event.startsAt()),
                event.lastDay().toString(),
                event.allDay() ? "" : EventTimes.TIME.format(event.endsAt()),
                event.venueName(), event.venueAddress(), orEmpty(event.onlineUrl()), event.wholePartnership(),
                new ArrayList<>(event.hosts().stream().map(school -> school.id()).toList()), event.category().id(),
                new ArrayList<>(event.audiences()), new ArrayList<>(event.yearGroups()), event.bookingText(),
                orEmpty(event.bookingUrl()), 0L);
    }

    EventForm withVersion(Long version) {
        return new EventForm(title, slug, summary, description, allDay, startDate, startTime, endDate, endTime,
                venueName, venueAddress, onlineUrl, wholePartnership, hostSchoolIds, categoryId, audiences,
                yearGroups, bookingText, bookingUrl, version);
    }

    EventForm withSlug(String newSlug) {
        return new EventForm(title, newSlug, summary, description, allDay, startDate, startTime, endDate, endTime,
                venueName, venueAddress, onlineUrl, wholePartnership, hostSchoolIds, categoryId, audiences,
                yearGroups, bookingText, bookingUrl, version);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
