package uk.partnership.pages;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.PageMeta;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.impact.ImpactFigures;
import uk.partnership.features.news.NewsFeed;

/** The partnership's own pages: home, about, contact, and the statements the law asks for. */
@Controller
class SitePagesController {

    static final int NEXT_EVENTS = 4;
    static final int LATEST_NEWS = 3;

    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final NewsFeed news;
    private final PartnershipService partnerships;
    private final ImpactFigures impact;
    private final Clock clock;

    SitePagesController(SchoolDirectory schools, EventCalendar calendar, NewsFeed news,
                        PartnershipService partnerships, ImpactFigures impact, Clock clock) {
        this.impact = impact;
        this.schools = schools;
        this.partnerships = partnerships;
        this.calendar = calendar;
        this.news = news;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("schools", schools.all());
        model.addAttribute("events", calendar.upcoming(clock.instant(), EventFilter.NONE, 1, NEXT_EVENTS).events());
        model.addAttribute("news", news.latest(LATEST_NEWS));
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/"));
        return "site/home";
    }

    @GetMapping("/about")
    String about(Model model) {
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/about").describedAs(partnerships.aboutText()));
        // Issue 21: the school year's headline figures, when the coordinator publishes them.
        model.addAttribute("impact", impact.published().orElse(null));
        return "site/about";
    }

    @GetMapping("/contact")
    String contact(Model model) {
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/contact"));
        return "site/contact";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/accessibility"));
        return "site/accessibility";
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/privacy"));
        return "site/privacy";
    }
}
