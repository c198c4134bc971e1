package uk.partnership.schools;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.partnership.events.EventCalendar;
import uk.partnership.events.EventFilter;
import uk.partnership.events.EventLinks;
import uk.partnership.web.NotFoundException;

@Controller
class SchoolController {

    static final int UPCOMING_EVENTS = 10;

    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final EventLinks links;
    private final Clock clock;

    SchoolController(SchoolDirectory schools, EventCalendar calendar, EventLinks links, Clock clock) {
        this.schools = schools;
        this.calendar = calendar;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping("/schools")
    String list(Model model) {
        model.addAttribute("schools", schools.all());
        return "schools/list";
    }

    @GetMapping("/schools/{slug}")
    String show(@PathVariable String slug, Model model) {
        SchoolView school = schools.bySlug(slug).orElseThrow(() -> new NotFoundException("school " + slug));
        EventFilter filter = EventFilter.school(school.slug());
        model.addAttribute("school", school);
        model.addAttribute("events", calendar.upcoming(clock.instant(), filter, 1, UPCOMING_EVENTS).events());
        model.addAttribute("feed", links.feed(filter));
        return "schools/show";
    }
}
