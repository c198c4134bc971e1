package uk.partnership.features.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.partnership.TermDateView;
import uk.partnership.base.schools.SchoolDirectory;

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

    /** A term as a page's heading names it: "Spring term 2027", the year its teaching starts in. */
    String termName(TermDateView term) {
        return messages.getMessage("events.term.name", new Object[] {term.name(), String.valueOf(term.firstDay().getYear())},
                Locale.UK);
    }

    /** The heading of a strand of work's feed: "OX14 Learning Partnership: Peer mentoring". */
    CalendarTitle ofStrand(String strand) {
        return new CalendarTitle(messages.getMessage("events.feed.filteredName", new Object[] {current(), strand},
                Locale.UK), null);
    }

    /**
     * The heading of a feed with this (already resolved) filter: "OX14 Learning Partnership: Larkmead School, Music",
     * and, when it names a retired category, a description saying that no new events will come.
     */
    CalendarTitle of(EventFilter filter) {
        List<FilterLabel> labels = labels(filter);
        List<String> parts = labels.stream().map(FilterLabel::label).toList();
        List<String> retired = labels.stream().filter(FilterLabel::retired).map(FilterLabel::label).toList();
        String name = parts.isEmpty() ? current()
                : messages.getMessage("events.feed.filteredName", new Object[] {current(), String.join(", ", parts)},
                        Locale.UK);
        String description = retired.isEmpty() ? null
                : messages.getMessage("events.feed.retiredCategory", new Object[] {String.join(", ", retired)},
                        Locale.UK);
        return new CalendarTitle(name, description);
    }

    /**
     * A calendar page's description for link previews (issue 20): the page's heading, from the message {@code code}
     * with {@code arguments}, and what the calendar is.
     */
    String pageDescription(String code, Object... arguments) {
        return messages.getMessage("events.sharing.description",
                new Object[] {messages.getMessage(code, arguments, Locale.UK)}, Locale.UK);
    }

    /**
     * What a (resolved) filter is filtered to, as visitors read it: its schools in the schools' order, its categories
     * by name, then its audiences; each with the query parameter and value that chose it.
     */
    List<FilterLabel> labels(EventFilter filter) {
        List<FilterLabel> labels = new ArrayList<>();
        schools.all().stream().filter(school -> filter.hasSchool(school.slug()))
                .forEach(school -> labels.add(new FilterLabel("school", school.slug(), school.name(), false)));
        calendar.categoriesBySlug(filter.categories()).values().stream().distinct()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(category -> labels.add(
                        new FilterLabel("category", category.slug(), category.name(), category.retired())));
        filter.audiences().stream().sorted().forEach(audience -> labels.add(new FilterLabel("audience",
                audience.name().toLowerCase(Locale.ROOT), message("events.audience." + audience.name()), false)));
        return labels;
    }

    private String message(String code) {
        return messages.getMessage(code, null, Locale.UK);
    }

    /** One thing a filter chose: {@code school=larkmead-school}, read as "Larkmead School". */
    public record FilterLabel(String parameter, String value, String label, boolean retired) {
    }

    /** What a subscribed calendar is called, and what it says about itself (X-WR-CALDESC), if anything. */
    public record CalendarTitle(String name, @Nullable String description) {
    }
}
