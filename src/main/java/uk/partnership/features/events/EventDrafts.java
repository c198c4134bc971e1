package uk.partnership.features.events;

import java.time.LocalDate;
import java.util.ArrayList;
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

    EventDrafts(EventEditing editing, EventCalendar calendar) {
        this.editing = editing;
        this.calendar = calendar;
    }

    /** What a draft starts with. An all-day event on {@code day}; with no category, the first one. */
    public record Draft(String title, String description, LocalDate day, String venue, long hostSchoolId,
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
        var form = new EventForm(cut(draft.title(), 200), "", "", cut(draft.description(), 20000), true, day, "", day, "",
                cut(draft.venue(), 200), "", "", false, new ArrayList<>(List.of(draft.hostSchoolId())), category,
                new ArrayList<>(draft.audiences()),
                new ArrayList<>(draft.yearGroups().stream().filter(EventForm.YEAR_GROUPS::contains).toList()), "", "", 0L,
                EventForm.Repeat.NONE, EventForm.RepeatEnd.DATE, "", "", true, EventForm.Scope.THIS);
        var errors = new BeanPropertyBindingResult(form, "event");
        Long id = editing.create(actor, form, false, errors);
        if (id == null) {
            throw new IllegalStateException("The draft event could not be made: " + errors.getAllErrors());
        }
        return id;
    }

    private static String cut(String value, int length) {
        String text = value.strip();
        return text.length() > length ? text.substring(0, length) : text;
    }
}
