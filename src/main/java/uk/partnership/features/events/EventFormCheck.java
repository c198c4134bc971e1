package uk.partnership.features.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureForms;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.DateFormats;
import uk.partnership.base.web.FormDates;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.base.web.Slugs;

/**
 * Turns the coordinator's event form into an {@link EventChange}, checking what Bean Validation cannot: dates,
 * times and their order, hosts, category, slug and the "Repeats" fieldset (the days it gives, term breaks
 * skipped). Each problem is a message by its field; nothing is written.
 */
@Component
class EventFormCheck {

    private final CategoryRepository categories;
    private final SchoolDirectory schools;
    private final EventSlugs slugs;
    private final TermDates termDates;
    private final ZoneId zone;
    private final PictureForms pictures;

    EventFormCheck(CategoryRepository categories, SchoolDirectory schools, EventSlugs slugs, TermDates termDates,
                   SiteProperties site, PictureForms pictures) {
        this.pictures = pictures;
        this.categories = categories;
        this.schools = schools;
        this.slugs = slugs;
        this.termDates = termDates;
        this.zone = site.timeZone();
    }

    /**
     * The change the form asks for, or null when {@code errors} (binding's included) has any problem.
     *
     * @param currentId the event being edited, whose own slug is not "taken"; null for a new one
     * @param repeat    whether the "Repeats" fieldset counts: a new event's, or "this and following events"
     */
    @Nullable EventChange read(EventForm form, @Nullable Long currentId, boolean repeat, Errors errors) {
        EventSpan span = span(form, errors);
        checkHosts(form, errors);
        Category category = form.categoryId() == null ? null : categories.findById(form.categoryId()).orElse(null);
        if (category == null) {
            errors.rejectValue("categoryId", "admin.events.category.required");
        }
        checkSlug(form.slug(), currentId, errors);
        SeriesPlan plan = repeat ? plan(form, span, errors) : null;
        Picture picture = pictures.check(form, errors);
        if (errors.hasErrors() || span == null || category == null) {
            return null;
        }
        return new EventChange(form, category, span, plan, picture);
    }

    private @Nullable EventSpan span(EventForm form, Errors errors) {
        LocalDate first = date(form.startDate(), "startDate", true, errors);
        LocalDate last = form.endDate() == null || form.endDate().isBlank() ? first
                : date(form.endDate(), "endDate", false, errors);
        if (form.isAllDay()) {
            if (first == null || last == null) {
                return null;
            }
            if (last.isBefore(first)) {
                errors.rejectValue("endDate", "admin.events.end.beforeStart");
                return null;
            }
            return EventSpan.allDay(first, last, zone);
        }
        LocalTime start = time(form.startTime(), "startTime", errors);
        LocalTime end = time(form.endTime(), "endTime", errors);
        if (first == null || last == null || start == null || end == null) {
            return null;
        }
        boolean skipped = skipped(first, start, "startTime", errors) | skipped(last, end, "endTime", errors);
        if (skipped) {
            return null;
        }
        // A time in the hour repeated when the clocks go back is its first occurrence; the form says so.
        Instant startsAt = first.atTime(start).atZone(zone).toInstant();
        Instant endsAt = last.atTime(end).atZone(zone).toInstant();
        if (!endsAt.isAfter(startsAt)) {
            errors.rejectValue("endTime", "admin.events.end.beforeStart");
            return null;
        }
        return new EventSpan(false, first, last, startsAt, endsAt, zone);
    }

    /** Refuses a time that does not happen that day, in the hour skipped when the clocks go forward. */
    private boolean skipped(LocalDate day, LocalTime time, String field, Errors errors) {
        if (!zone.getRules().getValidOffsets(day.atTime(time)).isEmpty()) {
            return false;
        }
        errors.rejectValue(field, "admin.events.time.skipped",
                new Object[] {DateFormats.TIME.format(time), DateFormats.LONG_DAY.format(day)}, null);
        return true;
    }

    private void checkHosts(EventForm form, Errors errors) {
        boolean hosts = form.hostSchoolIds() != null && !form.hostSchoolIds().isEmpty();
        if (!form.isWholePartnership() && !hosts) {
            errors.rejectValue("hostSchoolIds", "admin.events.hosts.required");
        }
        if (hosts && form.hostSchoolIds().stream().anyMatch(school -> school == null || schools.byId(school).isEmpty())) {
            errors.rejectValue("hostSchoolIds", "admin.events.hosts.unknown");
        }
    }

    private void checkSlug(@Nullable String typed, @Nullable Long currentId, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String slug = typed.strip();
        if (!Slugs.isValid(slug)) {
            errors.rejectValue("slug", "form.slug.invalid");
        } else if (slugs.taken(slug, currentId)) {
            errors.rejectValue("slug", "form.slug.taken");
        }
    }

    /** The "Repeats" fieldset; null when the event does not repeat or something is wrong. */
    private @Nullable SeriesPlan plan(EventForm form, @Nullable EventSpan span, Errors errors) {
        if (!form.repeating()) {
            return null;
        }
        EventForm.Repeat repeats = form.repeats();
        LocalDate first = span == null ? null : span.first();
        int week = 0;
        if (first != null && repeats == EventForm.Repeat.MONTHLY_WEEKDAY) {
            week = SeriesRule.weekOfMonth(first);
            if (week > 4) {
                errors.rejectValue("repeats", "admin.events.repeats.fifthWeekday");
            }
        } else if (first != null && repeats == EventForm.Repeat.MONTHLY_LAST_WEEKDAY) {
            week = SeriesRule.LAST;
            if (first.plusWeeks(1).getMonth() == first.getMonth()) {
                errors.rejectValue("repeats", "admin.events.repeats.notLastWeekday");
            }
        }
        LocalDate until = null;
        Integer count = null;
        if (form.repeatEndOrDate() == EventForm.RepeatEnd.COUNT) {
            count = count(form.repeatCount(), errors);
        } else {
            until = until(form.repeatUntil(), first, errors);
        }
        if (span == null || (until == null && count == null) || errors.hasFieldErrors("repeats")) {
            return null;
        }
        SeriesRule.Frequency frequency = repeats.frequency();
        long gap = switch (frequency) {
            case WEEKLY -> 7;
            case FORTNIGHTLY -> 14;
            case MONTHLY_DATE, MONTHLY_WEEKDAY -> 28;
        };
        if (span.days() >= gap) {
            errors.rejectValue("repeats", "admin.events.repeats.overlap");
            return null;
        }
        SeriesRule rule = new SeriesRule(frequency, first, week, until, count, form.skipsTermBreaks());
        List<LocalDate> days = rule.days(termDates.closedDays(onlyHost(form)));
        if (days.size() < 2) {
            errors.rejectValue("repeats", "admin.events.repeats.once");
            return null;
        }
        return new SeriesPlan(rule, days);
    }

    /**
     * The school whose term dates a series follows: its host when one school hosts it (its own dates if it keeps
     * them, the shared ones otherwise); null, the shared dates, for the whole partnership or several hosts.
     */
    private static @Nullable Long onlyHost(EventForm form) {
        if (form.isWholePartnership() || form.hostSchoolIds() == null) {
            return null;
        }
        List<Long> hosts = form.hostSchoolIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        return hosts.size() == 1 ? hosts.getFirst() : null;
    }

    private @Nullable LocalDate until(@Nullable String value, @Nullable LocalDate first, Errors errors) {
        LocalDate until = date(value, "repeatUntil", true, errors);
        if (until == null || first == null) {
            return until;
        }
        if (!until.isAfter(first)) {
            errors.rejectValue("repeatUntil", "admin.events.repeatUntil.beforeStart");
            return null;
        }
        if (until.isAfter(first.plus(SeriesRule.LONGEST))) {
            errors.rejectValue("repeatUntil", "admin.events.repeatUntil.tooFar");
            return null;
        }
        return until;
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

    /** A date field, with messages that name it: "Enter the start date", "The end date must be a real date, …". */
    private static @Nullable LocalDate date(@Nullable String value, String field, boolean required, Errors errors) {
        return FormDates.day(errors, field, value, required ? "admin.events." + field + ".required" : null,
                "admin.events." + field + ".invalid");
    }

    /** A time field, with messages that name it: "Enter the start time", "The end time must be a real time, …". */
    private static @Nullable LocalTime time(@Nullable String value, String field, Errors errors) {
        return FormDates.time(errors, field, value, "admin.events." + field + ".required",
                "admin.events." + field + ".invalid");
    }
}
