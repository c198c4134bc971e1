package uk.partnership.features.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.DateFormats;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SiteProperties;

/**
 * Changes to several events at once (issue 19): publishing or cancelling the events and series ticked in the list,
 * cancelling a series' dates from one of them on, and copying an event into a new draft. Each event or series of a
 * bulk change is a transaction of its own, with its audit entries, so one refused or changed meanwhile leaves the
 * others done; what was refused comes back by name, with why.
 */
@Service
class EventBatchChanges {

    /** Which of a series' dates a cancellation reaches: the one opened only, it and the later ones, or every one. */
    enum Reach implements LowerCaseChoice {
        THIS, FOLLOWING, ALL;

        @Override
        public String toString() {
            return posted();
        }
    }

    /** What a bulk change did: how many dates changed, and each refusal as a sentence. */
    record Outcome(int changed, List<String> refused) {
    }

    private final EventRepository events;
    private final EventLifecycle lifecycle;
    private final EventFormCheck check;
    private final EventSlugs slugs;
    private final EventCalendar calendar;
    private final EventAudit audit;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SiteProperties site;

    EventBatchChanges(EventRepository events, EventLifecycle lifecycle, EventFormCheck check, EventSlugs slugs,
                      EventCalendar calendar, EventAudit audit, MessageSource messages,
                      PlatformTransactionManager transactions, Clock clock, SiteProperties site) {
        this.events = events;
        this.lifecycle = lifecycle;
        this.check = check;
        this.slugs = slugs;
        this.calendar = calendar;
        this.audit = audit;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.site = site;
    }

    /** Publishes the drafts among {@code ids}, and every draft date of each of {@code seriesIds}. */
    Outcome publish(Actor actor, List<Long> ids, List<Long> seriesIds) {
        int changed = 0;
        List<String> refused = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            Event event = events.findById(id).orElse(null);
            if (event == null) {
                refused.add(message("admin.events.bulk.gone", id));
            } else if (event.getStatus() != EventStatus.DRAFT) {
                refused.add(refusal(event, "admin.events.bulk.notDraft." + event.getStatus()));
            } else if (attempt(refused, event, () -> lifecycle.publish(actor, id, event.getVersion(), false))) {
                changed++;
            }
        }
        for (long seriesId : new LinkedHashSet<>(seriesIds)) {
            List<Event> drafts = events.draftsOf(seriesId);
            if (drafts.isEmpty()) {
                refused.add(message("admin.events.bulk.seriesNoDrafts", seriesTitle(seriesId)));
                continue;
            }
            Event first = drafts.getFirst();
            if (attempt(refused, first, () -> lifecycle.publish(actor, first.getId(), first.getVersion(), true))) {
                changed += drafts.size();
            }
        }
        return new Outcome(changed, refused);
    }

    /** Cancels, with one reason, the published events among {@code ids} and every date to come of {@code seriesIds}. */
    Outcome cancel(Actor actor, List<Long> ids, List<Long> seriesIds, String reason) {
        int changed = 0;
        List<String> refused = new ArrayList<>();
        Instant now = clock.instant();
        for (long id : new LinkedHashSet<>(ids)) {
            Event event = events.findById(id).orElse(null);
            if (event == null) {
                refused.add(message("admin.events.bulk.gone", id));
            } else if (event.getStatus() != EventStatus.PUBLISHED) {
                refused.add(refusal(event, "admin.events.bulk.notPublished." + event.getStatus()));
            } else if (!event.getEndsAt().isAfter(now)) {
                refused.add(refusal(event, "admin.events.bulk.over"));
            } else if (attempt(refused, event, () -> lifecycle.cancel(actor, id, event.getVersion(), reason))) {
                changed++;
            }
        }
        for (long seriesId : new LinkedHashSet<>(seriesIds)) {
            int cancelled = inTransaction(() -> cancelDates(actor, seriesId, Instant.MIN, reason));
            if (cancelled == 0) {
                refused.add(message("admin.events.bulk.seriesNothingToCancel", seriesTitle(seriesId)));
            }
            changed += cancelled;
        }
        return new Outcome(changed, refused);
    }

    /**
     * Cancels the series of event {@code id} from it on, or every date of it still to come, with one reason; one
     * transaction. Drafts are not changed (they are not public), nor dates that have ended. Returns how many dates
     * were cancelled.
     */
    int cancelSeries(Actor actor, long id, long version, String reason, Reach reach) {
        return inTransaction(() -> {
            Event event = events.toChange(id, version);
            if (event.getSeriesId() == null) {
                return 0;
            }
            Instant from = reach == Reach.FOLLOWING ? event.getStartsAt() : Instant.MIN;
            return cancelDates(actor, event.getSeriesId(), from, reason);
        });
    }

    /**
     * A copy of event {@code id} as a new draft on the same dates, on its own (not in a series), with an address of
     * its own; audited as created, copied from the original. Returns the copy's id, or null when the original no
     * longer passes the form's checks (a category retired since, say).
     */
    @Nullable Long duplicate(Actor actor, long id) {
        return transaction.execute(status -> {
            EventView original = calendar.anyById(id).orElseThrow(() -> new NotFoundException("event " + id));
            EventForm form = EventForm.of(original);
            // Checked as the original itself, so that its own address is not "taken"; the copy gets a new one.
            EventChange change = check.read(form, id, false, new BeanPropertyBindingResult(form, "event"));
            if (change == null) {
                return null;
            }
            Event copy = new Event(change.title(), slugs.choose(null, null, change.title()), change.category(),
                    clock.instant(), actor.displayName());
            change.applyTo(copy, change.span());
            events.saveAndFlush(copy);
            Map<String, Object> after = EventAudit.snapshot(copy);
            after.put("copiedFrom", original.slug());
            audit.record(actor, "created", copy, Map.of(), after);
            return copy.getId();
        });
    }

    private int cancelDates(Actor actor, long seriesId, Instant from, String reason) {
        Instant now = clock.instant();
        int cancelled = 0;
        for (Event date : events.findBySeriesIdOrderByStartsAtAscIdAsc(seriesId)) {
            if (date.getStatus() == EventStatus.PUBLISHED && date.getEndsAt().isAfter(now)
                    && !date.getStartsAt().isBefore(from)) {
                Map<String, Object> before = EventAudit.snapshot(date);
                date.cancel(reason.strip(), now, actor.displayName());
                events.saveAndFlush(date);
                audit.record(actor, "cancelled", date, before);
                cancelled++;
            }
        }
        return cancelled;
    }

    private String seriesTitle(long seriesId) {
        return events.findBySeriesIdOrderByStartsAtAscIdAsc(seriesId).stream().map(Event::getTitle).findFirst()
                .orElseGet(() -> message("admin.events.bulk.seriesGone"));
    }

    /** Runs one event's change; a change made meanwhile by someone else is a refusal, not an error. */
    private boolean attempt(List<String> refused, Event event, Runnable change) {
        try {
            change.run();
            return true;
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            refused.add(refusal(event, "admin.events.bulk.changedMeanwhile"));
            return false;
        } catch (DateNotSetException notSet) {
            refused.add(refusal(event, "admin.events.bulk.dateToSet"));
            return false;
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return java.util.Objects.requireNonNull(transaction.execute(status -> work.get()));
    }

    /** "Robotics taster (Tue 3 Mar 2026): it is already published." */
    private String refusal(Event event, String reasonKey) {
        String day = DateFormats.DAY.format(event.getStartsAt().atZone(site.timeZone()));
        return message("admin.events.bulk.refusal", event.getTitle(), day, message(reasonKey));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
