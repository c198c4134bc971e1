package uk.partnership.base.partnership;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.base.web.SiteProperties;

/** The public term dates: the holidays from today on, the current one included, by school year. */
@Controller
class TermDatesController {

    private final TermDates termDates;
    private final Clock clock;
    private final SiteProperties site;

    TermDatesController(TermDates termDates, Clock clock, SiteProperties site) {
        this.termDates = termDates;
        this.clock = clock;
        this.site = site;
    }

    @GetMapping("/term-dates")
    String termDates(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(site.timeZone()));
        model.addAttribute("years", TermDates.bySchoolYear(termDates.fromDay(today)));
        model.addAttribute("today", today);
        return "site/term-dates";
    }
}
