package uk.partnership.features.events;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.NotFoundException;

/** What the coordinator's event pages show besides the list: an event's form, its series, its origin, the choices. */
@Component
class EventAdminPages {

    private final EventRepository events;
    private final EventCalendar calendar;
    private final EventSeriesStore series;
    private final SchoolDirectory schools;
    private final List<EventOrigins> origins;
    private final EventFormCheck check;
    private final Clock clock;

    EventAdminPages(EventRepository events, EventCalendar calendar, EventSeriesStore series, SchoolDirectory schools,
                    List<EventOrigins> origins, EventFormCheck check, Clock clock) {
        this.events = events;
        this.check = check;
        this.calendar = calendar;
        this.series = series;
        this.schools = schools;
        this.origins = origins;
        this.clock = clock;
    }

    /** The edit form of an event; an occurrence's has its series' rule, ready for "this and following events". */
    @Transactional(readOnly = true)
    EventForm formFor(long id) {
        Event event = events.get(id);
        EventForm form = EventForm.of(event(id)).withVersion(event.getVersion());
        return event.getSeriesId() == null ? form : series.withRepeatOf(form, event.getSeriesId());
    }

    @Transactional(readOnly = true)
    long version(long id) {
        return events.get(id).getVersion();
    }

    /** The event as it is now, drafts included. */
    EventView event(long id) {
        return calendar.anyById(id).orElseThrow(() -> new NotFoundException("event " + id));
    }

    /**
     * The event as the form describes it, not saved, for the preview of its whole public page: a new event as a
     * draft, an edited one with its status and history as they are. Null when the form has errors, which say why.
     */
    @Transactional(readOnly = true)
    @Nullable EventView unsaved(EventForm form, @Nullable Long id, Errors errors) {
        EventChange change = check.read(form, id, id == null || form.thisAndFollowing(), errors);
        if (change == null) {
            return null;
        }
        EventView saved = id == null ? null : event(id);
        EventSpan span = change.span();
        Instant now = clock.instant();
        List<SchoolView> hosts = form.isWholePartnership() || form.hostSchoolIds() == null ? List.of()
                : form.hostSchoolIds().stream().flatMap(school -> schools.byId(school).stream()).toList();
        String slug = change.typedSlug() != null ? change.typedSlug() : saved != null ? saved.slug() : change.slugBase();
        return new EventView(saved == null ? 0 : saved.id(), saved == null ? UUID.randomUUID() : saved.uid(),
                change.title(), slug, text(form.summary()), text(form.description()), span.allDay(),
                span.startsAt().atZone(span.zone()), span.endsAt().atZone(span.zone()),
                span.allDay() ? span.first() : null, span.allDay() ? span.last() : null,
                text(form.venueName()), text(form.venueAddress()), blankToNull(form.onlineUrl()),
                form.isWholePartnership(), hosts, change.category().toView(),
                form.audiences() == null ? List.of() : List.copyOf(form.audiences()),
                form.yearGroups() == null ? List.of()
                        : form.yearGroups().stream().filter(EventForm.YEAR_GROUPS::contains).toList(),
                text(form.bookingText()), blankToNull(form.bookingUrl()),
                saved == null ? EventStatus.DRAFT : saved.status(), saved == null ? null : saved.cancelledAt(),
                saved == null ? "" : saved.cancellationReason(), saved == null ? 0 : saved.sequence(),
                saved == null ? now : saved.createdAt(), now,
                saved == null ? null : saved.postponedTo(), saved == null ? null : saved.postponedFrom(),
                change.picture(), form.showsPupils());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The event's series, drafts included, if it repeats. */
    @Nullable SeriesSummary series(long id) {
        return series.summary(id, clock.instant(), true).orElse(null);
    }

    /** The approved proposal the event was made from, if any (the other half of the two-way link). */
    @Nullable Long proposalOf(long id) {
        return origins.stream().flatMap(origin -> origin.proposalOf(id).stream()).findFirst().orElse(null);
    }

    /** The coordinator-only notes of where the event came from (the proposal's proposer, dates, numbers, needs). */
    List<String> originNotes(long id) {
        return origins.stream().flatMap(origin -> origin.notesFor(id).stream()).toList();
    }

    /** The origin lines of the events on a page of the coordinator's list, by event id (issue 22: imported ones). */
    Map<Long, String> originLines(EventAdminList.Page page) {
        List<Long> ids = page.rows().stream().map(row -> row.first().id()).toList();
        Map<Long, String> lines = new HashMap<>();
        if (!ids.isEmpty()) {
            origins.forEach(origin -> origin.listLinesFor(ids).forEach(lines::putIfAbsent));
        }
        return lines;
    }

    /** Whether the event's date is still a placeholder, to be set before it can be published. */
    @Transactional(readOnly = true)
    boolean dateToSet(long id) {
        return events.get(id).isDateToSet();
    }

    /** The schools that may host, by id, in the partnership's order. */
    Map<Long, String> schoolNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        schools.all().forEach(school -> names.put(school.id(), school.name()));
        return names;
    }

    Map<Long, String> categoryNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        calendar.categories().forEach(category -> names.put(category.id(), category.name()));
        return names;
    }
}
