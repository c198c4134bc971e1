package uk.partnership.pages;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.news.NewsFeed;

/** The partnership's own pages: home, about, contact, and the statements the law asks for. */
@Controller
class SitePagesController {

    static final int NEXT_EVENTS = 4;
    static final int LATEST_NEWS = 3;

    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final NewsFeed news;
    private final Clock clock;

    SitePagesController(SchoolDirectory schools, EventCalendar calendar, NewsFeed news, Clock clock) {
        this.schools = schools;
        this.calendar = calendar;
        this.news = news;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("schools", schools.all());
        model.addAttribute("events", calendar.upcoming(clock.instant(), EventFilter.NONE, 1, NEXT_EVENTS).events());
        model.addAttribute("news", news.latest(LATEST_NEWS));
        return "site/home";
    }

    @GetMapping("/about")
    String about() {
        return "site/about";
    }

    @GetMapping("/contact")
    String contact() {
        return "site/contact";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "site/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "site/privacy";
    }
}
