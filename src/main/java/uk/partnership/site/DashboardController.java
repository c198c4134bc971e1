package uk.partnership.site;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.accounts.AccountService;
import uk.partnership.audit.AuditTrail;
import uk.partnership.events.EventCalendar;
import uk.partnership.proposals.ProposalCounts;
import uk.partnership.events.EventFilter;

/** The coordinator's dashboard: what is coming up, what is still a draft, and what changed lately. */
@Controller
class DashboardController {

    static final int LISTED = 5;
    static final int RECENT_CHANGES = 10;

    private final EventCalendar calendar;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ProposalCounts proposals;
    private final Clock clock;

    DashboardController(EventCalendar calendar, AccountService accounts, AuditTrail audit, ProposalCounts proposals,
                        Clock clock) {
        this.calendar = calendar;
        this.proposals = proposals;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("upcoming", calendar.upcoming(clock.instant(), EventFilter.NONE, 1, LISTED).events());
        model.addAttribute("drafts", calendar.drafts(LISTED));
        model.addAttribute("changes", audit.recent(RECENT_CHANGES));
        model.addAttribute("accounts", accounts.counts());
        model.addAttribute("proposalsAwaiting", proposals.awaitingReview());
        return "admin/home";
    }
}
