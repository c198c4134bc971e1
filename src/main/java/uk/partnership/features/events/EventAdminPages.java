package uk.partnership.features.events;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.NotFoundException;

/** What the coordinator's event pages show besides the list: an event's form, its series, its origin, the choices. */
@Component
class EventAdminPages {

    private final EventRepository events;
    private final EventCalendar calendar;
    private final EventSeriesStore series;
    private final SchoolDirectory schools;
    private final List<EventOrigins> origins;
    private final Clock clock;

    EventAdminPages(EventRepository events, EventCalendar calendar, EventSeriesStore series, SchoolDirectory schools,
                    List<EventOrigins> origins, Clock clock) {
        this.events = events;
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
