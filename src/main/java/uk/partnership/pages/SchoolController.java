package uk.partnership.pages;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

import uk.partnership.base.partnership.TermDateKind;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.partnership.TermDatesFeed;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.images.Picture;
import uk.partnership.base.web.PageMeta;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.events.EventLinks;
import uk.partnership.features.news.NewsFeed;

@Controller
class SchoolController {

    static final int UPCOMING_EVENTS = 10;
    static final int LATEST_NEWS = 3;

    private final SchoolDirectory schools;
    private final EventCalendar calendar;
    private final EventLinks links;
    private final NewsFeed news;
    private final TermDates termDates;
    private final SiteProperties site;
    private final Clock clock;

    SchoolController(SchoolDirectory schools, EventCalendar calendar, EventLinks links, NewsFeed news,
                     TermDates termDates, SiteProperties site, Clock clock) {
        this.schools = schools;
        this.calendar = calendar;
        this.links = links;
        this.news = news;
        this.termDates = termDates;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/schools")
    String list(Model model) {
        model.addAttribute("schools", schools.all());
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/schools"));
        return "schools/list";
    }

    @GetMapping("/schools/{slug}")
    Object show(@PathVariable String slug, Model model) {
        var found = schools.bySlug(slug);
        if (found.isEmpty()) {
            return redirectIfRenamed(slug);
        }
        SchoolView school = found.get();
        EventFilter filter = EventFilter.school(school.slug());
        model.addAttribute("school", school);
        model.addAttribute("events", calendar.upcoming(clock.instant(), filter, 1, UPCOMING_EVENTS).events());
        model.addAttribute("feed", links.feed(filter));
        model.addAttribute("news", news.forSchool(school.id(), LATEST_NEWS));
        // The term dates it follows: its own where it keeps them, the shared ones otherwise.
        LocalDate today = LocalDate.now(clock.withZone(site.timeZone()));
        var terms = termDates.fromSchoolYearOf(today, school.id());
        model.addAttribute("termYears", TermDates.bySchoolYear(terms));
        model.addAttribute("ownTermDates", terms.stream()
                .anyMatch(entry -> !entry.shared() && entry.kind() != TermDateKind.INSET));
        model.addAttribute("ownInsetDays", terms.stream()
                .anyMatch(entry -> !entry.shared() && entry.kind() == TermDateKind.INSET));
        model.addAttribute("today", today);
        model.addAttribute("termFeed", TermDatesFeed.of(site, school.slug()));
        model.addAttribute("termEventsSchool", school.slug());
        // A link to the school's page previews its crest (issue 20); without one, the layout falls back to the logo.
        Picture crest = school.crest();
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/schools/" + school.slug()).describedAs(school.description())
                .withImage(crest == null ? null : new PageMeta.Image(site.absolute(crest.src()),
                        crest.decorative() ? null : crest.alt())));
        return "schools/show";
    }

    /** An old address of a renamed school answers 301 to its new one; anything else is not found. */
    private RedirectView redirectIfRenamed(String slug) {
        String current = schools.renamedTo(slug).orElseThrow(() -> new NotFoundException("school " + slug));
        var redirect = new RedirectView("/schools/" + current);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
