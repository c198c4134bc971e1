package uk.partnership.features.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;

/**
 * The name a published calendar carries (the iCalendar feeds, the JSON): the partnership's, or a plain one, followed
 * for a filtered feed by what it is filtered to, so two subscriptions are told apart in a calendar app.
 */
@Component
class CalendarName {

    private final PartnershipService partnerships;
    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final MessageSource messages;

    CalendarName(PartnershipService partnerships, SchoolDirectory schools, EventCalendar calendar,
                 MessageSource messages) {
        this.partnerships = partnerships;
        this.schools = schools;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** The partnership's name, or a plain one before it is set up. */
    String current() {
        var partnership = partnerships.current();
        return partnership.configured() ? partnership.name() : message("events.feed.unconfiguredName");
    }

    /**
     * The heading of a feed with this (already resolved) filter: "OX14 Learning Partnership: Larkmead School, Music",
     * and, when it names a retired category, a description saying that no new events will come.
     */
    CalendarTitle of(EventFilter filter) {
        List<String> parts = new ArrayList<>();
        schools.all().stream().filter(school -> filter.hasSchool(school.slug())).map(SchoolView::name)
                .forEach(parts::add);
        List<String> retired = new ArrayList<>();
        calendar.categoriesBySlug(filter.categories()).values().stream().distinct()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).forEach(category -> {
                    parts.add(category.name());
                    if (category.retired()) {
                        retired.add(category.name());
                    }
                });
        filter.audiences().stream().sorted().map(audience -> message("events.audience." + audience.name()))
                .forEach(parts::add);
        String name = parts.isEmpty() ? current()
                : messages.getMessage("events.feed.filteredName", new Object[] {current(), String.join(", ", parts)},
                        Locale.UK);
        String description = retired.isEmpty() ? null
                : messages.getMessage("events.feed.retiredCategory", new Object[] {String.join(", ", retired)},
                        Locale.UK);
        return new CalendarTitle(name, description);
    }

    private String message(String code) {
        return messages.getMessage(code, null, Locale.UK);
    }

    /** What a subscribed calendar is called, and what it says about itself (X-WR-CALDESC), if anything. */
    record CalendarTitle(String name, @Nullable String description) {
    }
}
