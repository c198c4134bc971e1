package uk.partnership.features.events;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SensibleDates;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.base.web.SlugHistory;
import uk.partnership.base.web.Slugs;

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
    private final EventSeriesStore series;
    private final TermDates termDates;
    private final Clock clock;
    private final ZoneId zone;

    EventAdminService(EventRepository events, CategoryRepository categories, SchoolDirectory schools,
                      EventCalendar calendar, AuditTrail audit, JdbcClient jdbc, EventSeriesStore series,
                      TermDates termDates, Clock clock, SiteProperties site) {
        this.series = series;
        this.termDates = termDates;
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

        /** The same local times moved to start on {@code day}: 16:00 stays 16:00 whatever the day's UTC offset. */
        Span on(LocalDate day, ZoneId zone) {
            long shift = ChronoUnit.DAYS.between(first, day);
            LocalDate newLast = last.plusDays(shift);
            if (allDay) {
                return new Span(true, day, newLast, day.atStartOfDay(zone).toInstant(),
                        newLast.plusDays(1).atStartOfDay(zone).toInstant());
            }
            return new Span(false, day, newLast,
                    startsAt.atZone(zone).toLocalDateTime().plusDays(shift).atZone(zone).toInstant(),
                    endsAt.atZone(zone).toLocalDateTime().plusDays(shift).atZone(zone).toInstant());
        }
    }

    /** A checked repeat: the rule and the days it gives, first to last. */
    private record Plan(SeriesRule rule, List<LocalDate> days) {

        String describe() {
            return rule.frequency() + (rule.weekOfMonth() != 0 ? " (" + rule.weekOfMonth() + ")" : "") + ", "
                    + days.size() + " dates from " + days.getFirst() + " to " + days.getLast()
                    + (rule.skipTermBreaks() ? ", skipping term breaks" : "");
        }
    }

    @Transactional(readOnly = true)
    EventForm formFor(long id) {
        Event event = find(id);
        EventView view = calendar.anyById(id).orElseThrow(() -> new NotFoundException("event"));
        EventForm form = EventForm.of(view).withVersion(event.getVersion());
        if (event.getSeriesId() == null) {
            return form;
        }
        // Ready for "this and following events": the series' rule, up to its last occurrence.
        SeriesRule rule = series.rule(event.getSeriesId()).orElseThrow();
        String repeats = rule.frequency() == SeriesRule.Frequency.MONTHLY_WEEKDAY && rule.weekOfMonth() == SeriesRule.LAST
                ? "MONTHLY_LAST_WEEKDAY" : rule.frequency().name();
        String until = series.lastDay(event.getSeriesId()).map(LocalDate::toString).orElse("");
        return form.withRepeat(repeats, until, rule.skipTermBreaks());
    }

    /** The series an event belongs to, if it repeats. */
    @Transactional(readOnly = true)
    @Nullable Long seriesOf(long id) {
        return find(id).getSeriesId();
    }

    @Transactional
    @Nullable Long create(Actor actor, String by, EventForm form, Errors errors) {
        Span span = check(form, null, errors);
        Plan plan = checkRepeat(form, span, errors);
        if (errors.hasErrors()) {
            return null;
        }
        if (plan != null) {
            return createSeries(actor, by, form, span, plan);
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
        // A repeating event's fields apply to it alone unless "this and following events" is chosen; a single
        // event given a repeat becomes the first of a new series.
        boolean following = event.getSeriesId() == null ? form.repeating() : form.thisAndFollowing();
        if (following && !form.repeating()) {
            errors.rejectValue("repeats", "admin.events.repeats.requiredForFollowing");
        }
        if (event.getSeriesId() != null && !following) {
            // Said, not ignored: "this event only" cannot change how the series repeats.
            if (form.scope() != null && !EventForm.SCOPES.contains(form.scope())) {
                errors.rejectValue("scope", "admin.events.scope.invalid");
            } else if (form.changesRepeatOf(formFor(id))) {
                errors.rejectValue("scope", "admin.events.scope.repeatChanged");
            }
        }
        Plan plan = following ? checkRepeat(form, span, errors) : null;
        if (errors.hasErrors()) {
            return;
        }
        if (plan != null) {
            splitFrom(actor, by, event, form, span, plan);
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

    /** Publishes a new event, and every other draft date of its series if it repeats; one audit entry. */
    @Transactional
    void publishWithSeries(Actor actor, String by, long id, long version) {
        Event event = find(id);
        if (event.getSeriesId() == null) {
            publish(actor, by, id, version);
            return;
        }
        checkVersion(event, version);
        Map<String, Object> before = snapshot(event);
        List<Event> drafts = events.draftsOf(event.getSeriesId());
        Instant now = clock.instant();
        for (Event draft : drafts) {
            draft.publish(now, by);
        }
        events.saveAllAndFlush(drafts);
        Map<String, Object> after = snapshot(event);
        after.put("datesPublished", drafts.size());
        audit.record(actor, "published", ITEM, event.getId(), event.getTitle(), AuditTrail.diff(before, after));
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
            LocalDate day = LocalDate.parse(value.strip());
            if (!SensibleDates.contains(day)) {
                errors.rejectValue(field, "form.date.outOfRange", SensibleDates.window(), null);
                return null;
            }
            return day;
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




    /** Every date of a new series, as events sharing the form's fields, in one transaction and one audit entry. */
    private Long createSeries(Actor actor, String by, EventForm form, Span span, Plan plan) {
        long seriesId = series.insert(plan.rule());
        Category category = categories.findById(form.categoryId()).orElseThrow();
        String base = base(form);
        Instant now = clock.instant();
        Event first = null;
        for (LocalDate day : plan.days()) {
            Event event = new Event(form.title().strip(), slugFor(base, day), category, now, by);
            apply(event, form, span.on(day, zone));
            event.inSeries(seriesId);
            events.saveAndFlush(event);
            first = first == null ? event : first;
        }
        Map<String, Object> after = snapshot(first);
        after.put("repeats", plan.describe());
        audit.record(actor, "created", ITEM, first.getId(), first.getTitle(), AuditTrail.diff(Map.of(), after));
        return first.getId();
    }

    /**
     * "This and following events": {@code event} and the later dates of its series become a new series with the
     * form's fields and rule; earlier dates keep the old series, which now ends before {@code event}. Existing
     * occurrences are reused in date order (same UID and page, SEQUENCE raised), so subscribed calendars move them
     * rather than losing and re-adding them; dates the new rule no longer has are cancelled (drafts deleted).
     */
    private void splitFrom(Actor actor, String by, Event event, EventForm form, Span span, Plan plan) {
        Map<String, Object> before = snapshot(event);
        Long oldSeries = event.getSeriesId();
        LocalDate splitDay = event.getStartsAt().atZone(zone).toLocalDate();
        List<Event> following = new ArrayList<>();
        following.add(event);
        if (oldSeries != null) {
            following.addAll(events.following(oldSeries, event.getStartsAt(), event.getId()));
        }
        long newSeries = series.insert(plan.rule());
        Category category = categories.findById(form.categoryId()).orElseThrow();
        String base = Slugs.from(form.title());
        Instant now = clock.instant();
        String oldSlug = event.getSlug();
        for (int i = 0; i < Math.max(plan.days().size(), following.size()); i++) {
            if (i >= plan.days().size()) {
                Event dropped = following.get(i);
                if (dropped.getStatus() == EventStatus.DRAFT) {
                    events.delete(dropped);
                } else {
                    if (dropped.getStatus() == EventStatus.PUBLISHED) {
                        dropped.cancel("", now, by);
                    }
                    dropped.inSeries(newSeries);
                    events.saveAndFlush(dropped);
                }
                continue;
            }
            LocalDate day = plan.days().get(i);
            Event target;
            if (i < following.size()) {
                target = following.get(i);
                target.rename(form.title().strip(), i == 0 ? slugs.choose(form.slug(), oldSlug, form.title())
                        : target.getSlug());
                target.edited(now, by);
            } else {
                target = new Event(form.title().strip(), slugFor(base, day), category, now, by);
                if (event.getStatus() == EventStatus.PUBLISHED) {
                    target.publish(now, by);
                }
            }
            target.categorise(category);
            apply(target, form, span.on(day, zone));
            target.inSeries(newSeries);
            events.saveAndFlush(target);
        }
        if (!oldSlug.equals(event.getSlug())) {
            slugs.renamed(oldSlug, event.getSlug(), event.getId());
        }
        if (oldSeries != null) {
            series.endBefore(oldSeries, splitDay);
            series.deleteIfEmpty(oldSeries);
        }
        Map<String, Object> after = snapshot(event);
        after.put("repeats", plan.describe());
        audit.record(actor, oldSeries == null ? "changed" : "changed this and following", ITEM, event.getId(),
                event.getTitle(), AuditTrail.diff(before, after));
    }

    private static String base(EventForm form) {
        return form.slug() != null && !form.slug().isBlank() ? form.slug().strip() : Slugs.from(form.title());
    }

    /** An occurrence's own address: the series' slug and its date, like peer-mentoring-2026-11-03. */
    private String slugFor(String base, LocalDate day) {
        String wanted = base.length() > Slugs.MAX_LENGTH - 11 ? base.substring(0, Slugs.MAX_LENGTH - 11).replaceAll("-+$", "")
                : base;
        return Slugs.unique(wanted + "-" + day, slug -> slugs.taken(slug, null));
    }

    /** Checks the "Repeats" fieldset; null when the event does not repeat or something is wrong. */
    private @Nullable Plan checkRepeat(EventForm form, @Nullable Span span, Errors errors) {
        if (!form.repeating()) {
            return null;
        }
        String choice = form.repeats().strip();
        if (!EventForm.REPEATS.contains(choice)) {
            errors.rejectValue("repeats", "admin.events.repeats.invalid");
            return null;
        }
        LocalDate first = span == null ? null : span.first();
        SeriesRule.Frequency frequency = SeriesRule.Frequency.valueOf(choice.replace("MONTHLY_LAST_WEEKDAY", "MONTHLY_WEEKDAY"));
        int week = 0;
        if (first != null && choice.equals("MONTHLY_WEEKDAY")) {
            week = SeriesRule.weekOfMonth(first);
            if (week > 4) {
                errors.rejectValue("repeats", "admin.events.repeats.fifthWeekday");
            }
        } else if (first != null && choice.equals("MONTHLY_LAST_WEEKDAY")) {
            week = SeriesRule.LAST;
            if (first.plusWeeks(1).getMonth() == first.getMonth()) {
                errors.rejectValue("repeats", "admin.events.repeats.notLastWeekday");
            }
        }
        LocalDate until = null;
        Integer count = null;
        String end = form.repeatEnd() == null || form.repeatEnd().isBlank() ? "date" : form.repeatEnd();
        if (!EventForm.REPEAT_ENDS.contains(end)) {
            errors.rejectValue("repeatEnd", "admin.events.repeatEnd.invalid");
        } else if (end.equals("count")) {
            count = count(form.repeatCount(), errors);
        } else {
            until = date(form.repeatUntil(), "repeatUntil", true, errors);
            if (until != null && first != null) {
                if (!until.isAfter(first)) {
                    errors.rejectValue("repeatUntil", "admin.events.repeatUntil.beforeStart");
                    until = null;
                } else if (until.isAfter(first.plus(SeriesRule.LONGEST))) {
                    errors.rejectValue("repeatUntil", "admin.events.repeatUntil.tooFar");
                    until = null;
                }
            }
        }
        if (span == null || (until == null && count == null) || errors.hasFieldErrors("repeats")) {
            return null;
        }
        long length = ChronoUnit.DAYS.between(span.first(), span.last());
        long gap = switch (frequency) {
            case WEEKLY -> 7;
            case FORTNIGHTLY -> 14;
            case MONTHLY_DATE, MONTHLY_WEEKDAY -> 28;
        };
        if (length >= gap) {
            errors.rejectValue("repeats", "admin.events.repeats.overlap");
            return null;
        }
        SeriesRule rule = new SeriesRule(frequency, first, week, until, count, form.skipsTermBreaks());
        List<LocalDate> days = rule.days(termDates.all());
        if (days.size() < 2) {
            errors.rejectValue("repeats", "admin.events.repeats.once");
            return null;
        }
        return new Plan(rule, days);
    }

    private static @Nullable Integer count(@Nullable String value, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue("repeatCount", "admin.events.repeatCount.required");
            return null;
        }
        try {
            int count = Integer.parseInt(value.strip());
            if (count < SeriesRule.MIN_COUNT || count > SeriesRule.MAX_COUNT) {
                errors.rejectValue("repeatCount", "admin.events.repeatCount.range");
                return null;
            }
            return count;
        } catch (NumberFormatException e) {
            errors.rejectValue("repeatCount", "admin.events.repeatCount.invalid");
            return null;
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
