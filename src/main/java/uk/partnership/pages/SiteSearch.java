package uk.partnership.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import uk.partnership.base.schools.SchoolSearch;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.SearchHit;
import uk.partnership.base.web.SearchPage;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.events.EventHit;
import uk.partnership.features.news.NewsSearch;

/**
 * Search over what a visitor can read (issue 20), each kind asked of the module that owns it: events of the calendar,
 * news, schools. Words are matched with PostgreSQL's English full-text search; when no kind has any match, the same
 * search runs again for close matches (trigrams), so a typing mistake still finds something and the page says so.
 * <p>
 * Without a kind, the page shows the first few of each kind with a link to all of them; with one, that kind's
 * results a page at a time. The calendar's filters narrow events; a school filter also narrows news (posts about that
 * school) and schools, and a category or audience filter leaves only events, as nothing else has one.
 * <p>
 * <b>Adding a kind</b> (programme pages, say): its module offers a search method returning a
 * {@code SearchPage<SearchHit>} (as {@link NewsSearch} does: one statement over its own table, with a GIN index on a
 * generated tsvector and a trigram index, V43); add a constant to {@link Kind}, a component to {@link Results} filled
 * in {@link #search}, and a {@code search.kind.<kind>} group of messages; the template lists it with the shared
 * {@code hits} fragment.
 */
@Service
class SiteSearch {

    /** How many of each kind the overall page shows. */
    static final int FIRST_FEW = 5;
    /** How many results a page of one kind shows. */
    static final int PAGE_SIZE = 20;

    private final EventCalendar events;
    private final NewsSearch news;
    private final SchoolSearch schools;
    private final Clock clock;

    SiteSearch(EventCalendar events, NewsSearch news, SchoolSearch schools, Clock clock) {
        this.events = events;
        this.news = news;
        this.schools = schools;
        this.clock = clock;
    }

    /** The kinds of result, in the order the page lists them. */
    enum Kind {
        EVENTS, NEWS, SCHOOLS;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> of(@Nullable String parameter) {
            if (parameter == null || parameter.isBlank()) {
                return Optional.empty();
            }
            for (Kind kind : values()) {
                if (kind.parameter().equals(parameter)) {
                    return Optional.of(kind);
                }
            }
            throw new BadRequestException("search.kind.invalid", parameter);
        }
    }

    /**
     * What was found, kind by kind; a kind not searched (another kind was asked for, or the filters rule it out) is
     * an empty page.
     *
     * @param closeMatches whether these are close matches, as nothing matched the words themselves
     */
    record Results(SearchPage<EventHit> events, SearchPage<SearchHit> news, SearchPage<SearchHit> schools,
                   boolean closeMatches) {

        public boolean isEmpty() {
            return events.isEmpty() && news.isEmpty() && schools.isEmpty();
        }

        public long total() {
            return events.total() + news.total() + schools.total();
        }
    }

    Results search(String text, EventFilter filter, Optional<Kind> only, int page) {
        Results exact = search(text, false, filter, only, page);
        return exact.isEmpty() ? search(text, true, filter, only, page) : exact;
    }

    private Results search(String text, boolean close, EventFilter filter, Optional<Kind> only, int page) {
        Instant now = clock.instant();
        int size = only.isPresent() ? PAGE_SIZE : FIRST_FEW;
        int number = only.isPresent() ? page : 1;
        boolean eventsOnly = !filter.categories().isEmpty() || !filter.audiences().isEmpty();
        return new Results(
                wanted(Kind.EVENTS, only, false)
                        ? events.search(text, close, now, filter, number, size) : SearchPage.empty(number, size),
                wanted(Kind.NEWS, only, eventsOnly)
                        ? news.search(text, close, now, filter.schools(), number, size) : SearchPage.empty(number, size),
                wanted(Kind.SCHOOLS, only, eventsOnly)
                        ? schools.search(text, close, filter.schools(), number, size) : SearchPage.empty(number, size),
                close);
    }

    private static boolean wanted(Kind kind, Optional<Kind> only, boolean ruledOut) {
        return !ruledOut && only.map(kind::equals).orElse(true);
    }
}
