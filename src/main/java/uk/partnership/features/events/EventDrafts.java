package uk.partnership.features.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import uk.partnership.base.audit.Actor;

/**
 * Draft events made by other features (an approved proposal becomes one): the fields given, checked like the
 * coordinator's form, saved as a draft with an audit entry. The coordinator finishes and publishes it through
 * the normal event screens.
 */
@Service
public class EventDrafts {

    private final EventEditing editing;
    private final EventCalendar calendar;
    private final EventRepository events;

    EventDrafts(EventEditing editing, EventCalendar calendar, EventRepository events) {
        this.editing = editing;
        this.calendar = calendar;
        this.events = events;
    }

    /**
     * What a draft starts with: on {@code day}, from {@code starts} to {@code ends} (an hour when no end is given),
     * or all day when no start time is given; with no category, the first one. A draft whose {@code dateToSet} has
     * a placeholder day, and cannot be published until a coordinator saves a date in the event form.
     */
    public record Draft(String title, String description, LocalDate day, @Nullable LocalTime starts,
                        @Nullable LocalTime ends, boolean dateToSet, String venue, long hostSchoolId,
                        @Nullable Long categoryId, List<Audience> audiences, List<Integer> yearGroups) {
    }

    /** Whether a draft can be made at all: an event needs a category, and a new site may have none yet. */
    public boolean possible() {
        return !calendar.categories().isEmpty();
    }

    /** Creates the draft and returns its id; joins the caller's transaction. */
    @Transactional
    public long create(Actor actor, Draft draft) {
        Long category = draft.categoryId() != null ? draft.categoryId()
                : calendar.categories().stream().map(CategoryView::id).findFirst().orElse(null);
        String day = draft.day().toString();
        LocalTime starts = draft.starts();
        LocalTime ends = starts == null ? null
                : draft.ends() != null && draft.ends().isAfter(starts) ? draft.ends()
                : starts.isBefore(LocalTime.of(23, 0)) ? starts.plusHours(1) : LocalTime.of(23, 59);
        var form = EventForm.single(draft.title(), draft.description(), starts == null, day,
                starts == null ? "" : starts.toString(), day, ends == null ? "" : ends.toString(), draft.venue(),
                draft.hostSchoolId(), category, draft.audiences(), draft.yearGroups());
        var errors = new BeanPropertyBindingResult(form, "event");
        Long id = editing.create(actor, form, false, errors);
        if (id == null) {
            throw new IllegalStateException("The draft event could not be made: " + errors.getAllErrors());
        }
        if (draft.dateToSet()) {
            Event event = events.get(id);
            event.markDateToSet();
            events.saveAndFlush(event);
        }
        return id;
    }
}
