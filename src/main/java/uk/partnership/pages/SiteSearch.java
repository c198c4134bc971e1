package uk.partnership.pages;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import uk.partnership.features.programmes.ProgrammeSearch;

/**
 * Search over what a visitor can read (issue 20), each kind asked of the module that owns it: events of the calendar,
 * programme pages ("What we do"), news, schools. Words are matched with PostgreSQL's English full-text search; when no kind has any match, each word
 * is replaced by the nearest word the content uses ({@link SearchWords}, trigrams) and that is searched for, any of
 * the words, so a typing mistake still finds something and the page says what was searched for instead.
 * <p>
 * Without a kind, the page shows the first few of each kind with a link to all of them; with one, that kind's
 * results a page at a time. The calendar's filters narrow events; a school filter also narrows news (posts about that
 * school) and schools, and a category or audience filter leaves only events, as nothing else has one.
 * <p>
 * <b>Adding a kind</b> (as programme pages were, V46): its module offers a search method returning a
 * {@code SearchPage<SearchHit>} (as {@link NewsSearch} does: one statement over its own table, with a GIN index on a
 * generated tsvector, V43) and a trigger that keeps its words in {@code search_word} (V43's
 * {@code keep_search_words}); add a constant to {@link Kind}, a component to {@link Results} filled
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
    private final ProgrammeSearch programmes;
    private final SearchWords words;
    private final Clock clock;

    SiteSearch(EventCalendar events, NewsSearch news, SchoolSearch schools, ProgrammeSearch programmes,
               SearchWords words, Clock clock) {
        this.programmes = programmes;
        this.words = words;
        this.events = events;
        this.news = news;
        this.schools = schools;
        this.clock = clock;
    }

    /** The kinds of result, in the order the page lists them. */
    public enum Kind {
        EVENTS, PROGRAMMES, NEWS, SCHOOLS;

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
     * @param closeMatches what was searched for instead, as nothing matched the words typed; or null
     */
    public record Results(SearchPage<EventHit> events, SearchPage<SearchHit> programmes, SearchPage<SearchHit> news,
                   SearchPage<SearchHit> schools, @Nullable String closeMatches) {

        public boolean isEmpty() {
            return events.isEmpty() && programmes.isEmpty() && news.isEmpty() && schools.isEmpty();
        }

        public long total() {
            return events.total() + programmes.total() + news.total() + schools.total();
        }
    }

    /** The search; {@code close} when it is for the words nearest to those typed ({@link #search}). */
    Results search(String text, EventFilter filter, Optional<Kind> only, int page) {
        Results exact = search(text, null, filter, only, page);
        if (!exact.isEmpty()) {
            return exact;
        }
        List<String> nearest = words.nearest(text);
        if (nearest.isEmpty() || String.join(" ", nearest).equals(text.toLowerCase(Locale.ROOT))) {
            return exact;
        }
        return search(String.join(" or ", nearest), String.join(" ", nearest), filter, only, page);
    }

    private Results search(String text, @Nullable String close, EventFilter filter, Optional<Kind> only, int page) {
        Instant now = clock.instant();
        int size = only.isPresent() ? PAGE_SIZE : FIRST_FEW;
        int number = only.isPresent() ? page : 1;
        boolean eventsOnly = !filter.categories().isEmpty() || !filter.audiences().isEmpty();
        return new Results(
                wanted(Kind.EVENTS, only, false)
                        ? events.search(text, now, filter, number, size) : SearchPage.empty(number, size),
                // Programme pages are the whole partnership's: a school filter keeps them, as it keeps its events.
                wanted(Kind.PROGRAMMES, only, eventsOnly)
                        ? programmes.search(text, number, size) : SearchPage.empty(number, size),
                wanted(Kind.NEWS, only, eventsOnly)
                        ? news.search(text, now, filter.schools(), number, size) : SearchPage.empty(number, size),
                wanted(Kind.SCHOOLS, only, eventsOnly)
                        ? schools.search(text, filter.schools(), number, size) : SearchPage.empty(number, size),
                close);
    }

    private static boolean wanted(Kind kind, Optional<Kind> only, boolean ruledOut) {
        return !ruledOut && only.map(kind::equals).orElse(true);
    }
}
