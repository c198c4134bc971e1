package uk.partnership.base.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.PageMeta;
import uk.partnership.base.web.SiteProperties;

/**
 * The public term dates: the shared terms, holidays and INSET days of this school year and the next ones, the
 * schools that keep their own (each linked to its page, which shows them), and the feed.
 */
@Controller
class TermDatesController {

    private final TermDates termDates;
    private final SchoolDirectory schools;
    private final Clock clock;
    private final SiteProperties site;

    TermDatesController(TermDates termDates, SchoolDirectory schools, Clock clock, SiteProperties site) {
        this.termDates = termDates;
        this.schools = schools;
        this.clock = clock;
        this.site = site;
    }

    @GetMapping("/term-dates")
    String termDates(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(site.timeZone()));
        model.addAttribute("years", TermDates.bySchoolYear(termDates.fromSchoolYearOf(today, null)));
        Set<Long> own = termDates.schoolsWithOwnDates(true);
        Set<Long> ownInset = termDates.schoolsWithOwnDates(false);
        var all = schools.all();
        model.addAttribute("ownDates", all.stream().filter(school -> own.contains(school.id())).toList());
        model.addAttribute("ownInsetDays", all.stream().filter(school -> ownInset.contains(school.id())).toList());
        model.addAttribute("today", today);
        model.addAttribute("termFeed", TermDatesFeed.of(site, null));
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/term-dates"));
        return "site/term-dates";
    }
}
