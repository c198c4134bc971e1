package uk.partnership.features.events;

import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;

/**
 * Saving the coordinator's event form: a new event (or series), optionally published at once, and an edit of one
 * event or of "this and following events". Each save is one transaction: the form is checked first, and anything
 * that fails after the first write (a publication refused, a conflict) leaves nothing saved. An edit is checked
 * against the version the form was opened with, and an edit to a published or cancelled event raises its
 * SEQUENCE, so subscribed calendars refresh it.
 */
@Service
class EventEditing {

    private final EventRepository events;
    private final EventFormCheck check;
    private final EventSeriesChanges series;
    private final EventLifecycle lifecycle;
    private final EventSlugs slugs;
    private final EventAudit audit;
    private final Clock clock;

    EventEditing(EventRepository events, EventFormCheck check, EventSeriesChanges series, EventLifecycle lifecycle,
                 EventSlugs slugs, EventAudit audit, Clock clock) {
        this.events = events;
        this.check = check;
        this.series = series;
        this.lifecycle = lifecycle;
        this.slugs = slugs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves a new event, every date of it if it repeats, as drafts, and publishes them too when {@code publish}.
     * Returns the (first) event's id, or null with the reasons in {@code errors}.
     */
    @Transactional
    @Nullable Long create(Actor actor, EventForm form, boolean publish, Errors errors) {
        EventChange change = check.read(form, null, true, errors);
        if (change == null) {
            return null;
        }
        Event event;
        if (change.plan() != null) {
            event = series.create(actor, change, change.plan());
        } else {
            event = new Event(change.title(), slugs.choose(change.typedSlug(), null, change.title()), change.category(),
                    clock.instant(), actor.displayName());
            change.applyTo(event, change.span());
            events.saveAndFlush(event);
            audit.record(actor, "created", event, Map.of());
        }
        if (publish) {
            lifecycle.publishNew(actor, event);
        }
        return event.getId();
    }

    /**
     * Saves an edit. A repeating event's fields apply to it alone unless "this and following events" is chosen, and
     * then cannot change how the series repeats; a single event given a repeat becomes the first of a new series.
     * Nothing is saved when {@code errors} has any problem, binding's included.
     */
    @Transactional
    void update(Actor actor, long id, EventForm form, Errors errors) {
        Event event = events.toChange(id, form.versionOrZero());
        boolean following = event.getSeriesId() == null ? form.repeating() : form.thisAndFollowing();
        if (following && !form.repeating()) {
            errors.rejectValue("repeats", "admin.events.repeats.requiredForFollowing");
        }
        if (event.getSeriesId() != null && !following && !errors.hasFieldErrors("scope")
                && series.repeatChanged(event.getSeriesId(), form)) {
            // Said, not ignored: "this event only" cannot change how the series repeats.
            errors.rejectValue("scope", "admin.events.scope.repeatChanged");
        }
        EventChange change = check.read(form, id, following, errors);
        if (change == null) {
            return;
        }
        // The form always carries the date fields: saving it sets the date of an event made from a flexible proposal.
        event.dateSet();
        if (event.getSeriesId() != null && form.allDates()) {
            if (!change.span().first().equals(event.getStartsAt().atZone(change.span().zone()).toLocalDate())) {
                // Every date keeps its own day: moving them is what "this and following events" does.
                errors.rejectValue("startDate", "admin.events.scope.allKeepsDays");
                return;
            }
            series.changeAll(actor, event, change);
            return;
        }
        if (change.plan() != null) {
            series.split(actor, event, change, change.plan());
            return;
        }
        Map<String, Object> before = EventAudit.snapshot(event);
        String oldSlug = event.getSlug();
        event.rename(change.title(), slugs.choose(change.typedSlug(), oldSlug, change.title()));
        event.categorise(change.category());
        change.applyTo(event, change.span());
        event.edited(clock.instant(), actor.displayName());
        events.saveAndFlush(event);
        slugs.renamed(oldSlug, event.getSlug(), event.getId());
        audit.record(actor, "changed", event, before);
    }
}
