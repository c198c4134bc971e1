package uk.partnership.features.proposals;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.mail.MailOutbox;
import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.accounts.AccountService;
import uk.partnership.features.accounts.AccountView;

/**
 * The proposal e-mails, queued in the outbox in the transaction of the change (so a mail server that is down
 * never undoes a change, and a change that is not saved sends nothing):
 * new proposal and resubmission → coordinators; changes requested, approved, declined → the proposer and the
 * school's other representatives; a new message → the other side; the event published → the representatives;
 * waiting too long for a review → the coordinators, once.
 */
@Component
class ProposalNotices {

    private final MailOutbox outbox;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final SiteProperties site;
    private final PartnershipService partnerships;
    private final MessageSource messages;

    ProposalNotices(MailOutbox outbox, AccountService accounts, JdbcClient jdbc, SiteProperties site,
                    PartnershipService partnerships, MessageSource messages) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.site = site;
        this.partnerships = partnerships;
        this.messages = messages;
    }

    /** A new or resubmitted proposal, to the coordinators. */
    void submitted(long id, boolean resubmitted) {
        send(accounts.activeCoordinatorEmails(), resubmitted ? "proposal-resubmitted" : "proposal-submitted", id,
                "/admin/proposals/" + id);
    }

    /** A move of the proposal: a resubmission to the coordinators, a decision to the representatives. */
    void moved(long id, ProposalStatus status) {
        if (status == ProposalStatus.RESUBMITTED) {
            submitted(id, true);
        } else {
            decided(id, status);
        }
    }

    /** The coordinator's decision (changes requested, approved, declined), to the school's representatives. */
    void decided(long id, ProposalStatus status) {
        String template = switch (status) {
            case CHANGES_REQUESTED -> "proposal-changes";
            case APPROVED -> "proposal-approved";
            case DECLINED -> "proposal-declined";
            default -> null;
        };
        if (template != null) {
            send(representatives(id), template, id, "/proposals/" + id);
        }
    }

    /** The event made from the proposal is published, to the school's representatives, with its public address. */
    void published(long id, String slug) {
        send(representatives(id), "proposal-published", id, "/events/" + slug);
    }

    /** A proposal has waited too long for a review: a reminder to the coordinators. */
    void overdue(long id) {
        send(accounts.activeCoordinatorEmails(), "proposal-reminder", id, "/admin/proposals/" + id);
    }

    /** A new message in the thread, to the other side. */
    void message(long id, boolean fromCoordinator) {
        if (fromCoordinator) {
            send(representatives(id), "proposal-message", id, "/proposals/" + id);
        } else {
            send(accounts.activeCoordinatorEmails(), "proposal-message", id, "/admin/proposals/" + id);
        }
    }

    private Set<String> representatives(long id) {
        Set<String> to = new LinkedHashSet<>();
        var proposal = jdbc.sql("select proposer_id, school_id from proposal where id = :id").param("id", id)
                .query((rs, row) -> new Proposer(rs.getObject("proposer_id", Long.class), rs.getLong("school_id")))
                .single();
        if (proposal.accountId() != null) {
            accounts.find(proposal.accountId()).filter(AccountView::active).ifPresent(who -> to.add(who.email()));
        }
        to.addAll(accounts.activeRepresentativeEmails(proposal.schoolId()));
        return to;
    }

    /** Who proposed it (gone when the account was removed) and for which school. */
    private record Proposer(@Nullable Long accountId, long schoolId) {
    }

    private void send(Iterable<String> recipients, String template, long id, String path) {
        var row = jdbc.sql("select p.title, s.name from proposal p join school s on s.id = p.school_id where p.id = :id")
                .param("id", id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        var partnership = partnerships.current();
        String siteName = partnership.configured() ? partnership.name()
                : messages.getMessage("site.unconfigured.name", null, Locale.UK);
        for (String to : recipients) {
            Map<String, Object> model = new HashMap<>();
            model.put("siteName", siteName);
            model.put("title", row[0]);
            model.put("schoolName", row[1]);
            model.put("link", site.absolute(path));
            model.put("openKey", path.startsWith("/events/") ? "mail.proposal.openEvent" : "mail.proposal.open");
            model.put("subjectArgs", new Object[] {row[0]});
            outbox.enqueue(to, template, model);
        }
    }
}
