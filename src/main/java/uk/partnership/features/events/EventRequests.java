package uk.partnership.features.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.RedirectView;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SensibleDates;
import uk.partnership.base.web.Slugs;

/**
 * Reads the calendar's query parameters. Anything not in the expected form is a
 * {@link BadRequestException} that names the problem, so the visitor sees a 400 page with a reason.
 */
@Component
class EventRequests {

    private final SchoolDirectory schools;
    private final EventCalendar calendar;

    EventRequests(SchoolDirectory schools, EventCalendar calendar) {
        this.schools = schools;
        this.calendar = calendar;
    }

    /**
     * The filter the parameters ask for, with renamed schools' and categories' earlier slugs read as their current
     * ones and retired categories accepted: a subscribed calendar's address keeps answering the same events whatever
     * the coordinator renames. A slug that never existed is a bad request.
     */
    EventFilter filter(FilterParameters parameters) {
        List<String> school = orEmpty(parameters.school());
        List<String> category = orEmpty(parameters.category());
        List<String> audience = orEmpty(parameters.audience());
        Set<String> knownSchools = new HashSet<>(schools.all().stream().map(SchoolView::slug).toList());
        Set<String> schoolSlugs = new HashSet<>();
        for (String slug : school) {
            // Only a well-formed slug is looked up: anything else (a NUL byte, say) was never a school.
            schoolSlugs.add(knownSchools.contains(slug) ? slug : Optional.of(slug).filter(Slugs::isValid)
                    .flatMap(schools::renamedTo)
                    .orElseThrow(() -> new BadRequestException("events.filter.school.unknown", slug)));
        }
        Map<String, EventCalendar.FilterCategory> categories = calendar.categoriesBySlug(
                category.stream().filter(Slugs::isValid).collect(Collectors.toSet()));
        Set<String> categorySlugs = new HashSet<>();
        for (String slug : category) {
            var found = categories.get(slug);
            if (found == null) {
                throw new BadRequestException("events.filter.category.unknown", slug);
            }
            categorySlugs.add(found.slug());
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (String value : audience) {
            try {
                audiences.add(Audience.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("events.filter.audience.unknown", value);
            }
        }
        return new EventFilter(schoolSlugs, categorySlugs, audiences);
    }

    /** A term's id as a link gives it: a whole number; anything else is a 400 with a message. */
    long termId(String term) {
        try {
            long id = Long.parseLong(term.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequestException("events.term.invalid", term);
    }

    YearMonth month(@Nullable String month, LocalDate today) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(today);
        }
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.getYear() < 2000 || parsed.getYear() > 2200) {
                throw new BadRequestException("events.month.outOfRange", month);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new BadRequestException("events.month.invalid", month);
        }
    }

    LocalDate from(@Nullable String from, LocalDate today) {
        if (from == null || from.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("events.from.invalid", from);
        }
        if (!SensibleDates.contains(day)) {
            Object[] window = SensibleDates.window();
            throw new BadRequestException("events.from.outOfRange", from, window[0], window[1]);
        }
        return day;
    }

    int page(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page);
            if (number < 1 || number > 10_000) {
                throw new BadRequestException("events.page.invalid", page);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequestException("events.page.invalid", page);
        }
    }

    /** How many events to give: {@code fallback} when not asked, otherwise a whole number from 1 to {@code max}. */
    int limit(@Nullable String limit, int fallback, int max) {
        if (limit == null || limit.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(limit.strip());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("events.limit.invalid", limit, max);
    }

    /** An old address of a renamed event answers 301 to its new one; anything else is not found. */
    RedirectView redirectIfRenamed(String slug, String suffix) {
        String current = calendar.renamedTo(slug).orElseThrow(() -> new NotFoundException("event " + slug));
        var redirect = new RedirectView("/events/" + current + suffix);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return redirect;
    }

    private static List<String> orEmpty(@Nullable Collection<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).toList();
    }
}
