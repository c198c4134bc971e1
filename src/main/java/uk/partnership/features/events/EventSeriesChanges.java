package uk.partnership.features.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.base.web.Slugs;

/**
 * Repeating events: a new series (every date an event of its own, sharing the form's fields), "this and following
 * events" (which splits the series), and publishing every draft date at once. Each joins the transaction of the
 * save that asked for it, and writes one audit entry for the whole series.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class EventSeriesChanges {

    private final EventRepository events;
    private final EventSeriesStore series;
    private final EventSlugs slugs;
    private final EventAudit audit;
    private final Clock clock;
    private final ZoneId zone;

    EventSeriesChanges(EventRepository events, EventSeriesStore series, EventSlugs slugs, EventAudit audit, Clock clock,
                       SiteProperties site) {
        this.events = events;
        this.series = series;
        this.slugs = slugs;
        this.audit = audit;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** Every date of the change's plan as a draft of a new series; returns the first. */
    Event create(Actor actor, EventChange change, SeriesPlan plan) {
        long seriesId = series.insert(plan.rule());
        String base = change.slugBase();
        Instant now = clock.instant();
        Event first = null;
        for (LocalDate day : plan.days()) {
            Event event = new Event(change.title(), slugs.forDay(base, day), change.category(), now, actor.displayName());
            change.applyTo(event, change.span().on(day));
            event.inSeries(seriesId);
            events.saveAndFlush(event);
            first = first == null ? event : first;
        }
        Map<String, Object> after = EventAudit.snapshot(first);
        after.put("repeats", plan.describe());
        audit.record(actor, "created", first, Map.of(), after);
        return first;
    }

    /**
     * "This and following events": {@code event} and the later dates of its series become a new series with the
     * change's fields and plan; earlier dates keep the old series, which now ends before {@code event}. Existing
     * occurrences are reused in date order (same UID and page, SEQUENCE raised), so subscribed calendars move them
     * rather than losing and re-adding them; dates the new plan no longer has are cancelled (drafts deleted). A
     * single event given a repeat becomes the first date of a new series the same way.
     */
    void split(Actor actor, Event event, EventChange change, SeriesPlan plan) {
        Map<String, Object> before = EventAudit.snapshot(event);
        Long oldSeries = event.getSeriesId();
        LocalDate splitDay = event.getStartsAt().atZone(zone).toLocalDate();
        List<Event> following = new ArrayList<>();
        following.add(event);
        if (oldSeries != null) {
            following.addAll(events.following(oldSeries, event.getStartsAt(), event.getId()));
        }
        long newSeries = series.insert(plan.rule());
        // New dates are named after the title: the slug field holds the first date's own, dated slug.
        String base = Slugs.from(change.form().title());
        String by = actor.displayName();
        Instant now = clock.instant();
        String oldSlug = event.getSlug();
        for (int i = 0; i < Math.max(plan.days().size(), following.size()); i++) {
            if (i >= plan.days().size()) {
                drop(following.get(i), newSeries, now, by);
                continue;
            }
            LocalDate day = plan.days().get(i);
            Event target;
            if (i < following.size()) {
                target = following.get(i);
                target.rename(change.title(), i == 0 ? slugs.choose(change.typedSlug(), oldSlug, change.title())
                        : target.getSlug());
                target.edited(now, by);
            } else {
                target = new Event(change.title(), slugs.forDay(base, day), change.category(), now, by);
                if (event.getStatus() == EventStatus.PUBLISHED) {
                    target.publish(now, by);
                }
            }
            target.categorise(change.category());
            change.applyTo(target, change.span().on(day));
            target.inSeries(newSeries);
            events.saveAndFlush(target);
        }
        slugs.renamed(oldSlug, event.getSlug(), event.getId());
        if (oldSeries != null) {
            series.endBefore(oldSeries, splitDay);
            series.deleteIfEmpty(oldSeries);
        }
        Map<String, Object> after = EventAudit.snapshot(event);
        after.put("repeats", plan.describe());
        audit.record(actor, oldSeries == null ? "changed" : "changed this and following", event, before, after);
    }

    /**
     * "All dates": every date of {@code event}'s series takes the change's fields and times, each on its own day;
     * {@code event} may take a new address, the others keep theirs. Published and cancelled dates raise their
     * SEQUENCE, so subscribed calendars refresh them. One audit entry for the series.
     */
    void changeAll(Actor actor, Event event, EventChange change) {
        Map<String, Object> before = EventAudit.snapshot(event);
        String by = actor.displayName();
        Instant now = clock.instant();
        String oldSlug = event.getSlug();
        List<Event> dates = events.findBySeriesIdOrderByStartsAtAscIdAsc(event.getSeriesId());
        for (Event date : dates) {
            date.rename(change.title(), date.getId().equals(event.getId())
                    ? slugs.choose(change.typedSlug(), oldSlug, change.title()) : date.getSlug());
            date.categorise(change.category());
            change.applyTo(date, change.span().on(date.getStartsAt().atZone(zone).toLocalDate()));
            date.edited(now, by);
            events.saveAndFlush(date);
        }
        slugs.renamed(oldSlug, event.getSlug(), event.getId());
        Map<String, Object> after = EventAudit.snapshot(event);
        after.put("datesChanged", dates.size());
        audit.record(actor, "changed all dates", event, before, after);
    }

    /** Publishes every draft date of {@code event}'s series, {@code event} among them; one audit entry. */
    void publishDrafts(Actor actor, Event event) {
        Map<String, Object> before = EventAudit.snapshot(event);
        List<Event> drafts = events.draftsOf(event.getSeriesId());
        Instant now = clock.instant();
        for (Event draft : drafts) {
            draft.publish(now, actor.displayName());
        }
        events.saveAllAndFlush(drafts);
        Map<String, Object> after = EventAudit.snapshot(event);
        after.put("datesPublished", drafts.size());
        audit.record(actor, "published", event, before, after);
    }

    /** Whether the form's "Repeats" fields say something other than what the edit page showed for the series. */
    boolean repeatChanged(long seriesId, EventForm form) {
        return form.changesRepeatOf(series.withRepeatOf(form, seriesId));
    }

    /** A date the new plan no longer has: a draft goes; a public one is cancelled, so calendars drop it. */
    private void drop(Event dropped, long newSeries, Instant now, String by) {
        if (dropped.getStatus() == EventStatus.DRAFT) {
            events.delete(dropped);
            return;
        }
        if (dropped.getStatus() == EventStatus.PUBLISHED) {
            dropped.cancel("", now, by);
        }
        dropped.inSeries(newSeries);
        events.saveAndFlush(dropped);
    }
}
