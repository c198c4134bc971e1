package uk.partnership.features.events;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;

/**
 * A single event's life after it is saved: publish (every date of its series, if asked), unpublish, cancel with a
 * reason, reinstate a cancelled one, postpone (cancel plus a linked draft on the new dates) and delete (drafts only). Each is one transaction,
 * checked against the version the page was opened with, with its audit entry.
 */
@Service
class EventLifecycle {

    private final EventRepository events;
    private final EventSeriesChanges series;
    private final EventFormCheck check;
    private final EventSlugs slugs;
    private final EventAudit audit;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    EventLifecycle(EventRepository events, EventSeriesChanges series, EventFormCheck check, EventSlugs slugs,
                   EventAudit audit, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.events = events;
        this.series = series;
        this.check = check;
        this.slugs = slugs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Publishes the event, or every draft date of its series when {@code wholeSeries} and it repeats. An event whose
     * date is still a placeholder is refused ({@link DateNotSetException}), and nothing changes.
     */
    @Transactional
    void publish(Actor actor, long id, long version, boolean wholeSeries) {
        Event event = events.toChange(id, version);
        if (event.isDateToSet()) {
            throw new DateNotSetException(id);
        }
        if (wholeSeries && event.getSeriesId() != null) {
            series.publishDrafts(actor, event);
        } else {
            change(actor, event, "published", it -> it.publish(clock.instant(), actor.displayName()));
        }
        published(event);
    }

    /** Publishes an event just saved in the caller's transaction, and every date of its series if it repeats. */
    @Transactional(propagation = Propagation.MANDATORY)
    void publishNew(Actor actor, Event event) {
        if (event.getSeriesId() != null) {
            series.publishDrafts(actor, event);
        } else {
            change(actor, event, "published", it -> it.publish(clock.instant(), actor.displayName()));
        }
        published(event);
    }

    /** Tells other features, in this transaction, so what they do about it (an e-mail queued) commits with it. */
    private void published(Event event) {
        publisher.publishEvent(new EventPublished(event.getId(), event.getSlug(), event.getTitle()));
    }

    @Transactional
    void unpublish(Actor actor, long id, long version) {
        change(actor, events.toChange(id, version), "unpublished", it -> it.unpublish(clock.instant(), actor.displayName()));
    }

    @Transactional
    void cancel(Actor actor, long id, long version, String reason) {
        change(actor, events.toChange(id, version), "cancelled",
                it -> it.cancel(reason.strip(), clock.instant(), actor.displayName()));
    }

    /**
     * Cancels the event and makes a copy on the new dates, as a draft to check and publish; both are linked.
     * Returns the copy's id, or null with the reasons in {@code errors}.
     */
    @Transactional
    @Nullable Long postpone(Actor actor, long id, EventForm newDates, String reason, Errors errors) {
        Event event = events.toChange(id, newDates.versionOrZero());
        EventChange change = check.read(newDates, null, false, errors);
        if (change != null && change.span().startsAt().equals(event.getStartsAt())) {
            errors.rejectValue("startDate", "admin.events.postpone.sameStart");
        }
        if (change == null || errors.hasErrors()) {
            return null;
        }
        Event replacement = new Event(change.title(), slugs.choose(null, null, change.title()), change.category(),
                clock.instant(), actor.displayName());
        change.applyTo(replacement, change.span());
        events.saveAndFlush(replacement);
        Map<String, Object> before = EventAudit.snapshot(event);
        event.cancel(reason.strip(), clock.instant(), actor.displayName());
        event.postponedTo(replacement);
        events.saveAndFlush(event);
        audit.record(actor, "postponed", event, before);
        audit.record(actor, "created", replacement, Map.of());
        return replacement.getId();
    }

    /**
     * Puts a cancelled event back on the calendar. A postponed one cannot be: its new date is an event of its own.
     * Returns whether it was reinstated.
     */
    @Transactional
    boolean reinstate(Actor actor, long id, long version) {
        Event event = events.toChange(id, version);
        if (event.getStatus() != EventStatus.CANCELLED || event.getPostponedToId() != null) {
            return false;
        }
        change(actor, event, "reinstated", it -> it.reinstate(clock.instant(), actor.displayName()));
        return true;
    }

    /** Only a draft can be deleted: anything once public is cancelled instead, so calendars hear of it. */
    @Transactional
    boolean delete(Actor actor, long id, long version) {
        Event event = events.toChange(id, version);
        if (event.getStatus() != EventStatus.DRAFT) {
            return false;
        }
        audit.record(actor, "deleted", event, EventAudit.snapshot(event), Map.of());
        events.delete(event);
        return true;
    }

    private void change(Actor actor, Event event, String action, Consumer<Event> change) {
        Map<String, Object> before = EventAudit.snapshot(event);
        change.accept(event);
        events.saveAndFlush(event);
        audit.record(actor, action, event, before);
    }
}
