package uk.partnership.pages;

import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.SearchText;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.events.EventFilters;
import uk.partnership.features.events.EventMarkup;

/**
 * {@code /search?q=}: the site's search (issue 20). A query of any content answers: an empty one shows the form, one
 * longer than {@link SearchText#MAX_LENGTH} is refused with a message by the field (400), and anything else is
 * searched as words (PostgreSQL's {@code websearch_to_tsquery} reads operators and quotes as text, never as syntax).
 */
@Controller
class SearchController {

    private final SiteSearch search;
    private final EventFilters filters;
    private final EventCalendar calendar;
    private final SchoolDirectory schools;
    private final EventMarkup markup;

    SearchController(SiteSearch search, EventFilters filters, EventCalendar calendar, SchoolDirectory schools,
                     EventMarkup markup) {
        this.search = search;
        this.filters = filters;
        this.calendar = calendar;
        this.schools = schools;
        this.markup = markup;
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(required = false) @Nullable String q,
                        @RequestParam(required = false) @Nullable String kind,
                        @RequestParam(required = false) @Nullable String page,
                        @RequestParam(required = false) @Nullable Set<String> school,
                        @RequestParam(required = false) @Nullable Set<String> category,
                        @RequestParam(required = false) @Nullable Set<String> audience) {
        EventFilter filter = filters.read(school, category, audience);
        Optional<SiteSearch.Kind> only = SiteSearch.Kind.of(kind);
        int number = page(page);
        String typed = q == null ? "" : q;
        String text = SearchText.normalise(typed);
        var view = new ModelAndView("search/results");
        view.addObject("q", typed);
        view.addObject("text", text);
        view.addObject("filter", filter);
        view.addObject("kind", only.map(SiteSearch.Kind::parameter).orElse(null));
        view.addObject("filterGroups", markup.filterGroups(schools.all(), calendar.categories(), filter));
        view.addObject("link", link(typed, filter));
        if (typed.length() > SearchText.MAX_LENGTH) {
            view.addObject("tooLong", SearchText.MAX_LENGTH);
            view.setStatus(HttpStatus.BAD_REQUEST);
            return view;
        }
        if (!text.isEmpty()) {
            view.addObject("results", search.search(text, filter, only, number));
        }
        return view;
    }

    /** The address of this search with its filters, to which a kind and a page are added. */
    private static String link(String q, EventFilter filter) {
        var uri = UriComponentsBuilder.fromPath("/search").queryParam("q", "{q}");
        return filter.addTo(uri).encode().buildAndExpand(q).toUriString();
    }

    private static int page(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1 && number <= 10_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("search.page.invalid", page);
    }
}
