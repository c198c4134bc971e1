package uk.partnership.pages;

import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;
import static uk.partnership.base.web.DateFormats.MACHINE;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.mail.MailOutbox;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.accounts.AccountService;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventFilter;
import uk.partnership.features.impact.ImpactFigures;
import uk.partnership.features.proposals.ProposalCounts;

/**
 * The coordinator's dashboard: what is coming up, what is still a draft, what changed lately, events that ended
 * without anyone's numbers of who took part (issue 21), and e-mail that has been failing for more than an hour
 * (nothing when there is none).
 */
@Controller
class DashboardController {

    static final int LISTED = 5;
    static final int RECENT_CHANGES = 10;

    private final EventCalendar calendar;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ProposalCounts proposals;
    private final MailOutbox mail;
    private final ImpactFigures impact;
    private final Clock clock;
    private final ZoneId zone;

    DashboardController(EventCalendar calendar, AccountService accounts, AuditTrail audit, ProposalCounts proposals,
                        MailOutbox mail, ImpactFigures impact, Clock clock, SiteProperties site) {
        this.mail = mail;
        this.impact = impact;
        this.zone = site.timeZone();
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
        model.addAttribute("changes", audit.recent(RECENT_CHANGES).stream().map(DashboardController::row).toList());
        model.addAttribute("accounts", accounts.counts());
        model.addAttribute("proposalsAwaiting", proposals.awaitingReview());
        model.addAttribute("proposalsOverdue", proposals.overdue());
        model.addAttribute("withoutNumbers", impact.awaitingNumbers(LISTED));
        MailOutbox.Failing failing = mail.failingTooLong(LISTED);
        model.addAttribute("failingMailCount", failing.count());
        model.addAttribute("failingMail", failing.oldest().stream().map(this::row).toList());
        return "admin/home";
    }

    /** A recent change with the address of the coordinator's page of the item it changed, if it still has one. */
    public record ChangeRow(AuditTrail.RecentChange change, @Nullable String link) {
    }

    /** The coordinator's page of each kind of item the audit trail names; an id follows the ones ending in "/". */
    static final Map<String, String> ITEM_PAGES = Map.of(
            "event", "/admin/events/", "news", "/admin/news/", "proposal", "/admin/proposals/",
            "school", "/admin/schools/", "account", "/admin/users/", "category", "/admin/categories/",
            "settings", "/admin/settings", "term break", "/admin/settings/term-dates",
            "programme page", "/admin/programmes/", "impact", "/admin/impact/events/");

    private static ChangeRow row(AuditTrail.RecentChange change) {
        String page = ITEM_PAGES.get(change.itemType());
        if (page == null || "deleted".equals(change.action())) {
            return new ChangeRow(change, null);
        }
        if (!page.endsWith("/")) {
            return new ChangeRow(change, page);
        }
        return new ChangeRow(change, change.itemId() == null ? null : page + change.itemId());
    }

    /** A mail that is not getting through, as the dashboard lists it. */
    public record FailingMailRow(String to, String template, String since, String sinceDatetime, int attempts,
                          String problemKey, boolean givenUp) {
    }

    private FailingMailRow row(MailOutbox.FailingMail failing) {
        ZonedDateTime since = failing.failingSince().atZone(zone);
        return new FailingMailRow(failing.to(), failing.template(), DAY_AND_TIME.format(since), MACHINE.format(since),
                failing.attempts(), failing.lastError().messageKey(), failing.givenUp());
    }
}
