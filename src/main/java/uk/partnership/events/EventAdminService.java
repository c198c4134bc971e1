package uk.partnership.events;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.audit.Actor;
import uk.partnership.audit.AuditTrail;
import uk.partnership.schools.SchoolDirectory;
import uk.partnership.web.EditConflictException;
import uk.partnership.web.NotFoundException;
import uk.partnership.web.SiteProperties;
import uk.partnership.web.SlugHistory;
import uk.partnership.web.Slugs;

/**
 * The coordinator's event changes: create, edit, publish, unpublish, cancel, postpone and delete. Every change
 * is checked against the version the form was opened with and writes an audit entry in the same transaction.
 * An edit to a published or cancelled event raises its SEQUENCE, so subscribed calendars refresh it.
 */
@Service
class EventAdminService {

    static final String ITEM = "event";

    private final EventRepository events;
    private final CategoryRepository categories;
    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final AuditTrail audit;
    private final SlugHistory slugs;
    private final Clock clock;
    private final ZoneId zone;

    EventAdminService(EventRepository events, CategoryRepository categories, SchoolDirectory schools,
                      EventCalendar calendar, AuditTrail audit, JdbcClient jdbc, Clock clock, SiteProperties site) {
        this.events = events;
        this.categories = categories;
        this.schools = schools;
        this.calendar = calendar;
        this.audit = audit;
        this.slugs = new SlugHistory(jdbc, "event", "event_slug_history", "event_id");
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** Start and end, once the form's dates and times have been checked. */
    private record Span(boolean allDay, LocalDate first, LocalDate last, Instant startsAt, Instant endsAt) {
    }

    @Transactional(readOnly = true)
    EventForm formFor(long id) {
        Event event = find(id);
        EventView view = calendar.anyById(id).orElseThrow(() -> new NotFoundException("event"));
        return EventForm.of(view).withVersion(event.getVersion());
    }

    @Transactional
    @Nullable Long create(Actor actor, String by, EventForm form, Errors errors) {
        Span span = check(form, null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        String slug = slugs.choose(form.slug(), null, form.title());
        Category category = categories.findById(form.categoryId()).orElseThrow();
        Event event = new Event(form.title().strip(), slug, category, clock.instant(), by);
        apply(event, form, span);
        events.saveAndFlush(event);
        audit.record(actor, "created", ITEM, event.getId(), event.getTitle(), AuditTrail.diff(Map.of(), snapshot(event)));
        return event.getId();
    }

    @Transactional
    void update(Actor actor, String by, long id, EventForm form, Errors errors) {
        Event event = find(id);
        checkVersion(event, form.versionOrZero());
        Span span = check(form, event, errors);
        if (errors.hasErrors()) {
            return;
        }
        Map<String, Object> before = snapshot(event);
        String oldSlug = event.getSlug();
        String slug = slugs.choose(form.slug(), event.getSlug(), form.title());
        event.rename(form.title().strip(), slug);
        event.categorise(categories.findById(form.categoryId()).orElseThrow());
        apply(event, form, span);
        event.edited(clock.instant(), by);
        events.saveAndFlush(event);
        if (!oldSlug.equals(slug)) {
            slugs.renamed(oldSlug, slug, event.getId());
        }
        audit.record(actor, "changed", ITEM, event.getId(), event.getTitle(), AuditTrail.diff(before, snapshot(event)));
    }

    @Transactional
    void publish(Actor actor, String by, long id, long version) {
        change(actor, id, version, "published", event -> event.publish(clock.instant(), by));
    }

    @Transactional
    void unpublish(Actor actor, String by, long id, long version) {
        change(actor, id, version, "unpublished", event -> event.unpublish(clock.instant(), by));
    }

    @Transactional
    void cancel(Actor actor, String by, long id, long version, String reason) {
        change(actor, id, version, "cancelled", event -> event.cancel(reason.strip(), clock.instant(), by));
    }

    /** Cancels the event and makes a copy on the new dates, as a draft to check and publish; both are linked. */
    @Transactional
    @Nullable Long postpone(Actor actor, String by, long id, EventForm newDates, String reason, Errors errors) {
        Event event = find(id);
        checkVersion(event, newDates.versionOrZero());
        Span span = check(newDates, null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        Event replacement = new Event(newDates.title().strip(), slugs.choose(null, null, newDates.title()),
                categories.findById(newDates.categoryId()).orElseThrow(), clock.instant(), by);
        apply(replacement, newDates, span);
        events.saveAndFlush(replacement);
        Map<String, Object> before = snapshot(event);
        event.cancel(reason.strip(), clock.instant(), by);
        event.postponedTo(replacement);
        events.saveAndFlush(event);
        audit.record(actor, "postponed", ITEM, event.getId(), event.getTitle(), AuditTrail.diff(before, snapshot(event)));
        audit.record(actor, "created", ITEM, replacement.getId(), replacement.getTitle(),
                AuditTrail.diff(Map.of(), snapshot(replacement)));
        return replacement.getId();
    }

    /** Only a draft can be deleted: anything once public is cancelled instead, so calendars hear of it. */
    @Transactional
    boolean delete(Actor actor, long id, long version) {
        Event event = find(id);
        checkVersion(event, version);
        if (event.getStatus() != EventStatus.DRAFT) {
            return false;
        }
        audit.record(actor, "deleted", ITEM, event.getId(), event.getTitle(), AuditTrail.diff(snapshot(event), Map.of()));
        events.delete(event);
        return true;
    }

    @Transactional(readOnly = true)
    long version(long id) {
        return find(id).getVersion();
    }

    private void change(Actor actor, long id, long version, String action, Consumer<Event> change) {
        Event event = find(id);
        checkVersion(event, version);
        Map<String, Object> before = snapshot(event);
        change.accept(event);
        events.saveAndFlush(event);
        audit.record(actor, action, ITEM, event.getId(), event.getTitle(), AuditTrail.diff(before, snapshot(event)));
    }

    private Event find(long id) {
        return events.findById(id).orElseThrow(() -> new NotFoundException("event " + id));
    }

    private static void checkVersion(Event event, long formVersion) {
        if (event.getVersion() != formVersion) {
            throw new EditConflictException(event.getUpdatedBy() == null ? "" : event.getUpdatedBy(), event.getUpdatedAt());
        }
    }

    /** Checks what Bean Validation cannot: dates, times, their order, hosts, category, slug and links. */
    private @Nullable Span check(EventForm form, @Nullable Event current, Errors errors) {
        LocalDate first = date(form.startDate(), "startDate", true, errors);
        LocalDate last = form.endDate() == null || form.endDate().isBlank() ? first
                : date(form.endDate(), "endDate", false, errors);
        Span span = null;
        if (form.isAllDay()) {
            if (first != null && last != null) {
                if (last.isBefore(first)) {
                    errors.rejectValue("endDate", "admin.events.end.beforeStart");
                } else {
                    span = new Span(true, first, last, first.atStartOfDay(zone).toInstant(),
                            last.plusDays(1).atStartOfDay(zone).toInstant());
                }
            }
        } else {
            LocalTime start = time(form.startTime(), "startTime", errors);
            LocalTime end = time(form.endTime(), "endTime", errors);
            if (first != null && last != null && start != null && end != null) {
                Instant startsAt = first.atTime(start).atZone(zone).toInstant();
                Instant endsAt = last.atTime(end).atZone(zone).toInstant();
                if (!endsAt.isAfter(startsAt)) {
                    errors.rejectValue("endTime", "admin.events.end.beforeStart");
                } else {
                    span = new Span(false, first, last, startsAt, endsAt);
                }
            }
        }
        boolean hosts = form.hostSchoolIds() != null && !form.hostSchoolIds().isEmpty();
        if (!form.isWholePartnership() && !hosts) {
            errors.rejectValue("hostSchoolIds", "admin.events.hosts.required");
        }
        if (hosts && form.hostSchoolIds().stream().anyMatch(school -> school == null || schools.byId(school).isEmpty())) {
            errors.rejectValue("hostSchoolIds", "admin.events.hosts.unknown");
        }
        if (form.categoryId() == null || categories.findById(form.categoryId()).isEmpty()) {
            errors.rejectValue("categoryId", "admin.events.category.required");
        }
        link(form.onlineUrl(), "onlineUrl", errors);
        link(form.bookingUrl(), "bookingUrl", errors);
        if (form.slug() != null && !form.slug().isBlank()) {
            String slug = form.slug().strip();
            if (!Slugs.isValid(slug)) {
                errors.rejectValue("slug", "form.slug.invalid");
            } else if (slugs.taken(slug, current == null ? null : current.getId())) {
                errors.rejectValue("slug", "form.slug.taken");
            }
        }
        return span;
    }

    private @Nullable LocalDate date(@Nullable String value, String field, boolean required, Errors errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, "admin.events.date.required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "admin.events.date.invalid");
            return null;
        }
    }

    private static @Nullable LocalTime time(@Nullable String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "admin.events.time.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "admin.events.time.invalid");
            return null;
        }
    }

    private static void link(@Nullable String value, String field, Errors errors) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            URI uri = URI.create(value.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.rejectValue(field, "admin.events.url.invalid");
            }
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "admin.events.url.invalid");
        }
    }




    private void apply(Event event, EventForm form, Span span) {
        if (span.allDay()) {
            event.allDay(span.first(), span.last(), zone);
        } else {
            event.timed(span.startsAt(), span.endsAt());
        }
        event.describe(trim(form.summary()), form.description() == null ? "" : form.description());
        event.venue(trim(form.venueName()), trim(form.venueAddress()), blankToNull(form.onlineUrl()));
        event.hostedBy(form.isWholePartnership() || form.hostSchoolIds() == null ? Set.of()
                : new LinkedHashSet<>(form.hostSchoolIds()));
        Set<Audience> audiences = form.audiences() == null || form.audiences().isEmpty() ? EnumSet.noneOf(Audience.class)
                : EnumSet.copyOf(form.audiences());
        event.forAudiences(audiences, form.yearGroups() == null ? Set.of()
                : new LinkedHashSet<>(form.yearGroups().stream().filter(EventForm.YEAR_GROUPS::contains).toList()));
        event.booking(trim(form.bookingText()), blankToNull(form.bookingUrl()));
    }

    private static Map<String, Object> snapshot(Event event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", event.getTitle());
        fields.put("slug", event.getSlug());
        fields.put("status", event.getStatus());
        fields.put("category", event.getCategory().toView().name());
        fields.putAll(event.describedFields());
        return fields;
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
