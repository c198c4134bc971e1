package uk.partnership.features.programmes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import uk.partnership.features.news.NewsFeed;

/**
 * What a programme page shows, for its public address and the coordinator's preview alike: the page, its text, the
 * coming events of the category and series it follows with their calendar feed, the latest news linked to those
 * events (ADR 0031), and when it follows a category, a link to all of the category's events.
 */
@Component
class ProgrammePageModel {

    static final int UPCOMING_EVENTS = 6;
    static final int LATEST_NEWS = 3;
    /** News about events that started this long ago or later, or are still to come, is the strand's latest news. */
    static final Duration NEWS_WINDOW = Duration.ofDays(365);

    private final EventCalendar calendar;
    private final NewsFeed news;
    private final EventLinks links;
    private final RichText richText;
    private final Clock clock;

    ProgrammePageModel(EventCalendar calendar, NewsFeed news, EventLinks links, RichText richText, Clock clock) {
        this.calendar = calendar;
        this.news = news;
        this.links = links;
        this.richText = richText;
        this.clock = clock;
    }

    /** The category whose events the page lists: its own, unless retired (a retired category shows none). */
    @Nullable CategoryView followedCategory(ProgrammeView page) {
        return page.categoryId() == null ? null : calendar.categories().stream()
                .filter(candidate -> candidate.id() == page.categoryId()).findFirst().orElse(null);
    }

    /** The page as the public sees it, for the public address and the coordinator's preview alike. */
    String fill(ProgrammeView page, Model model) {
        model.addAttribute("programme", page);
        model.addAttribute("bodyHtml", richText.toHtml(page.body()));
        @Nullable CategoryView category = followedCategory(page);
        model.addAttribute("category", category);
        // A retired category shows no events; the series' coming events are shown whatever their category.
        @Nullable Long followed = category == null ? null : category.id();
        Instant now = clock.instant();
        boolean followsEvents = followed != null || !page.seriesIds().isEmpty();
        model.addAttribute("followsEvents", followsEvents);
        model.addAttribute("events", calendar.upcomingOf(followed, page.seriesIds(), now, UPCOMING_EVENTS));
        model.addAttribute("news", news.aboutEvents(calendar.idsOf(followed, page.seriesIds(), now.minus(NEWS_WINDOW)),
                LATEST_NEWS));
        if (followsEvents) {
            // Its own feed, of the same events as the page: the category's and the series' (ProgrammePagesController).
            model.addAttribute("feed", links.feedAt(ProgrammePagesController.feedPath(page.slug())));
        }
        if (category != null) {
            EventFilter filter = new EventFilter(Set.of(), Set.of(category.slug()), Set.of());
            model.addAttribute("eventsLink", filter.addTo(UriComponentsBuilder.fromPath("/events/list")).toUriString());
        }
        return "programmes/show";
    }
}
