package uk.partnership.features.programmes;

import java.time.Clock;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.RichText;
import uk.partnership.features.events.CategoryView;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.events.EventLinks;

/**
 * The public pages: "What we do" at /programmes, and one page at /programmes/{slug} with, when it follows a
 * category, that category's upcoming events and calendar feed. Drafts answer 404; an earlier slug redirects.
 */
@Controller
class ProgrammePagesController {

    static final int UPCOMING_EVENTS = 6;

    private final Programmes programmes;
    private final EventCalendar calendar;
    private final EventLinks links;
    private final RichText richText;
    private final Clock clock;

    ProgrammePagesController(Programmes programmes, EventCalendar calendar, EventLinks links, RichText richText,
                             Clock clock) {
        this.programmes = programmes;
        this.calendar = calendar;
        this.links = links;
        this.richText = richText;
        this.clock = clock;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("pages", programmes.published(Placement.WHAT_WE_DO));
        return "programmes/list";
    }

    @GetMapping("/programmes/{slug}")
    Object show(@PathVariable String slug, Model model) {
        var found = programmes.bySlug(slug);
        if (found.isEmpty()) {
            return redirectIfRenamed(slug);
        }
        return page(found.get(), model);
    }

    /** The page as the public sees it, for the public address and the coordinator's preview alike. */
    String page(ProgrammeView page, Model model) {
        model.addAttribute("programme", page);
        model.addAttribute("bodyHtml", richText.toHtml(page.body()));
        // The sharing helper's mechanism may replace this: the page's own summary as its meta description.
        model.addAttribute("description", page.summary());
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

    /** An old address of a renamed page answers 301 to its new one; anything else is not found. */
    private RedirectView redirectIfRenamed(String slug) {
        String current = programmes.renamedTo(slug).orElseThrow(() -> new NotFoundException("programme " + slug));
        var redirect = new RedirectView("/programmes/" + current);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
