package uk.partnership.features.events;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.SiteProperties;

/**
 * The calendar for a school's own website: {@code /embed/events?school=…&limit=…} is a small page of upcoming
 * events, made to sit in an {@code <iframe>}, with the calendar's filters. Its links open the partnership's site
 * in a new tab. Only the schools' websites may frame it (the Content-Security-Policy's frame-ancestors, see
 * config/FramingHeaders); a bad parameter gets a 400 page in the same small layout, saying what is wrong.
 */
@Controller
class EmbedController {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;

    private final EventCalendar calendar;
    private final EventRequests requests;
    private final SchoolDirectory schools;
    private final EventLinks links;
    private final SiteProperties site;
    private final Clock clock;

    EmbedController(EventCalendar calendar, EventRequests requests, SchoolDirectory schools, EventLinks links,
                    SiteProperties site, Clock clock) {
        this.links = links;
        this.calendar = calendar;
        this.requests = requests;
        this.schools = schools;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/embed/events")
    String events(@RequestParam(required = false) @Nullable String limit, FilterParameters filterParameters,
                  Model model) {
        EventFilter filter = requests.filter(filterParameters);
        int count = requests.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        model.addAttribute("events", calendar.upcoming(clock.instant(), filter, 1, count).events());
        model.addAttribute("calendarLink", links.calendar(filter));
        // Absolute addresses: the frame sits on another site, and its links open the partnership's in a new tab.
        model.addAttribute("eventsBase", site.absolute("/events/"));
        model.addAttribute("siteLink", site.absolute("/"));
        model.addAttribute("school", filter.schools().size() == 1
                ? schools.bySlug(filter.schools().iterator().next()).orElse(null) : null);
        return "events/embed";
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException problem) {
        var view = new ModelAndView("events/embed-error");
        view.setStatus(HttpStatus.BAD_REQUEST);
        view.addObject("detailKey", problem.messageKey());
        view.addObject("detailArguments", problem.arguments());
        view.addObject("siteLink", site.absolute("/"));
        return view;
    }
}
