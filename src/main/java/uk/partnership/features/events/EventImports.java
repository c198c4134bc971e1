package uk.partnership.features.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.SiteProperties;

/**
 * Events made and kept up to date from a school's own calendar (the imports module, issue 22). An accepted entry
 * becomes a published event of its school, checked like the coordinator's form; later changes in the school's
 * calendar move its time and place, cancel or reinstate it, each raising its SEQUENCE (through {@link Event}) so
 * subscribed phones follow. Every change has its audit entry, with the field "imported from" naming the calendar.
 */
@Service
public class EventImports {

    /** The audit entry's field that names the calendar a change came from. */
    static final String IMPORTED_FROM = "imported from";

    /** An event without an end lasts this long here: the calendar needs an end after the start. */
    static final Duration NO_END = Duration.ofHours(1);

    private final EventRepository events;
    private final EventFormCheck check;
    private final EventSlugs slugs;
    private final EventLifecycle lifecycle;
    private final EventAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    EventImports(EventRepository events, EventFormCheck check, EventSlugs slugs, EventLifecycle lifecycle,
                 EventAudit audit, Clock clock, SiteProperties site) {
        this.events = events;
        this.check = check;
        this.slugs = slugs;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /**
     * An entry of a school's calendar: timed (from {@code startsAt} to {@code endsAt}) or all day (from
     * {@code firstDay} to {@code lastDay}, inclusive).
     */
    public record Imported(String title, String description, String venue, boolean allDay, Instant startsAt,
                           Instant endsAt, LocalDate firstDay, LocalDate lastDay) {

        public Imported {
            Objects.requireNonNull(startsAt, "startsAt");
            if (!endsAt.isAfter(startsAt)) {
                endsAt = allDay ? startsAt : startsAt.plus(NO_END);
            }
            if (lastDay.isBefore(firstDay)) {
                lastDay = firstDay;
            }
        }
    }

    /** The new event's id, or why none was made (the form's messages, ready for a {@code MessageSource}). */
    public record Outcome(@Nullable Long id, List<MessageSourceResolvable> problems) {
    }

    /**
     * Makes {@code item} a published event of the school, in the category; {@code origin} is the calendar's address,
     * for the audit entry. Joins the caller's transaction.
     */
    @Transactional
    public Outcome publish(Actor actor, String origin, Imported item, long schoolId, long categoryId) {
        ZonedDateTime start = item.startsAt().atZone(zone);
        ZonedDateTime end = item.endsAt().atZone(zone);
        EventForm form = item.allDay()
                ? EventForm.single(item.title(), item.description(), true, item.firstDay().toString(), "",
                        item.lastDay().toString(), "", item.venue(), schoolId, categoryId, List.of(), List.of())
                : EventForm.single(item.title(), item.description(), false, start.toLocalDate().toString(),
                        start.toLocalTime().withSecond(0).withNano(0).toString(), end.toLocalDate().toString(),
                        end.toLocalTime().withSecond(0).withNano(0).toString(), item.venue(), schoolId, categoryId,
                        List.of(), List.of());
        var errors = new BeanPropertyBindingResult(form, "event");
        if (form.title().isBlank()) {
            errors.rejectValue("title", "admin.events.title.required");
        }
        EventChange change = check.read(form, null, false, errors);
        if (change == null || errors.hasErrors()) {
            return new Outcome(null, List.copyOf(errors.getAllErrors()));
        }
        Event event = new Event(change.title(), slugs.choose(null, null, change.title()), change.category(),
                clock.instant(), actor.displayName());
        change.applyTo(event, change.span());
        events.saveAndFlush(event);
        record(actor, "imported", event, Map.of(), origin);
        lifecycle.publishNew(actor, event);
        return new Outcome(event.getId(), List.of());
    }

    /**
     * Moves the event to the entry's time and place when they changed; returns whether anything did. An event the
     * coordinator has deleted meanwhile is left alone.
     */
    @Transactional
    public boolean follow(Actor actor, String origin, long eventId, Imported item) {
        Event event = events.findById(eventId).orElse(null);
        if (event == null) {
            return false;
        }
        Map<String, Object> before = EventAudit.snapshot(event);
        EventSpan span = item.allDay() ? EventSpan.allDay(item.firstDay(), item.lastDay(), zone)
                : new EventSpan(false, item.startsAt().atZone(zone).toLocalDate(),
                        item.endsAt().atZone(zone).toLocalDate(), item.startsAt(), item.endsAt(), zone);
        span.applyTo(event);
        event.venueNamed(item.venue().length() > 200 ? item.venue().substring(0, 200) : item.venue());
        if (before.equals(EventAudit.snapshot(event))) {
            return false;
        }
        event.edited(clock.instant(), actor.displayName());
        events.saveAndFlush(event);
        record(actor, "changed by its calendar", event, before, origin);
        return true;
    }

    /** Cancels the event (the school cancelled or removed it); returns whether it was on until now. */
    @Transactional
    public boolean cancel(Actor actor, String origin, long eventId, String reason) {
        Event event = events.findById(eventId).orElse(null);
        if (event == null || event.getStatus() != EventStatus.PUBLISHED) {
            return false;
        }
        Map<String, Object> before = EventAudit.snapshot(event);
        event.cancel(reason, clock.instant(), actor.displayName());
        events.saveAndFlush(event);
        record(actor, "cancelled by its calendar", event, before, origin);
        return true;
    }

    /** Puts back an event cancelled earlier, now on again in the school's calendar; returns whether it was. */
    @Transactional
    public boolean reinstate(Actor actor, String origin, long eventId) {
        Event event = events.findById(eventId).orElse(null);
        if (event == null || event.getStatus() != EventStatus.CANCELLED || event.getPostponedToId() != null) {
            return false;
        }
        Map<String, Object> before = EventAudit.snapshot(event);
        event.reinstate(clock.instant(), actor.displayName());
        events.saveAndFlush(event);
        record(actor, "reinstated by its calendar", event, before, origin);
        return true;
    }

    private void record(Actor actor, String action, Event event, Map<String, Object> before, String origin) {
        Map<String, Object> after = new java.util.LinkedHashMap<>(EventAudit.snapshot(event));
        after.put(IMPORTED_FROM, origin);
        audit.record(actor, action, event, before, after);
    }
}
