package uk.partnership.features.programmes;

import java.time.Clock;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.web.RichText;
import uk.partnership.features.events.CategoryView;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.events.EventLinks;

/**
 * What a programme page shows, for its public address and the coordinator's preview alike: the page, its text, and
 * when it follows a category, that category's coming events, a link to all of them and its calendar feed.
 */
@Component
class ProgrammePageModel {

    static final int UPCOMING_EVENTS = 6;

    private final EventCalendar calendar;
    private final EventLinks links;
    private final RichText richText;
    private final Clock clock;

    ProgrammePageModel(EventCalendar calendar, EventLinks links, RichText richText, Clock clock) {
        this.calendar = calendar;
        this.links = links;
        this.richText = richText;
        this.clock = clock;
    }

    /** The page as the public sees it, for the public address and the coordinator's preview alike. */
    String fill(ProgrammeView page, Model model) {
        model.addAttribute("programme", page);
        model.addAttribute("bodyHtml", richText.toHtml(page.body()));
        @Nullable CategoryView category = page.categoryId() == null ? null : calendar.categories().stream()
                .filter(candidate -> candidate.id() == page.categoryId()).findFirst().orElse(null);
        model.addAttribute("category", category);
        if (category != null) {
            EventFilter filter = new EventFilter(Set.of(), Set.of(category.slug()), Set.of());
            model.addAttribute("events", calendar.upcoming(clock.instant(), filter, 1, UPCOMING_EVENTS).events());
            model.addAttribute("feed", links.feed(filter));
            model.addAttribute("eventsLink", filter.addTo(UriComponentsBuilder.fromPath("/events/list")).toUriString());
        }
        return "programmes/show";
    }
}
