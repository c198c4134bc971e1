package uk.partnership.features.accounts;

import static uk.partnership.base.web.DateFormats.LONG_DAY_AT_TIME;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.partnership.base.mail.MailJob;
import uk.partnership.base.mail.MailOutbox;
import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.web.SiteProperties;

/**
 * The account mails, with absolute links built from the configured base URL, queued in the caller's
 * transaction ({@link MailOutbox}). The password reset is a job: the worker makes its link ({@link PasswordResetJob}).
 */
@Component
class AccountMail {

    private final MailOutbox outbox;
    private final SiteProperties site;
    private final PartnershipService partnerships;
    private final MessageSource messages;

    AccountMail(MailOutbox outbox, SiteProperties site, PartnershipService partnerships, MessageSource messages) {
        this.outbox = outbox;
        this.site = site;
        this.partnerships = partnerships;
        this.messages = messages;
    }

    void invitation(String to, String inviterName, Role role, @Nullable String schoolName, String token,
                    Instant expiresAt) {
        Map<String, Object> model = model();
        model.put("inviterName", inviterName);
        model.put("roleName", messages.getMessage("users.role." + role.name(), null, Locale.UK));
        model.put("schoolName", schoolName == null || schoolName.isBlank() ? null : schoolName);
        model.put("link", invitationLink(token));
        model.put("expiresAt", LONG_DAY_AT_TIME.format(expiresAt.atZone(site.timeZone())));
        model.put("subjectArgs", new Object[] {model.get("siteName")});
        outbox.enqueue(to, "invitation", model);
    }

    String invitationLink(String token) {
        return site.absolute("/invitations/" + token);
    }

    /** Queues a reset request for whatever address was typed: the same one insert whether or not it has an account. */
    void passwordResetRequested(String address) {
        outbox.enqueueJob(PasswordResetJob.NAME, PasswordResetJob.TEMPLATE, address);
    }

    /** The reset mail itself, made by the worker when it runs the request. */
    MailJob.Mail passwordReset(String to, String token, Instant expiresAt) {
        Map<String, Object> model = model();
        model.put("link", site.absolute("/password/reset/" + token));
        model.put("expiresAt", LONG_DAY_AT_TIME.format(expiresAt.atZone(site.timeZone())));
        model.put("subjectArgs", new Object[] {model.get("siteName")});
        return new MailJob.Mail(to, PasswordResetJob.TEMPLATE, model);
    }

    void passwordChanged(String to) {
        Map<String, Object> model = model();
        model.put("accountLink", site.absolute("/account"));
        model.put("subjectArgs", new Object[] {model.get("siteName")});
        outbox.enqueue(to, "password-changed", model);
    }

    private Map<String, Object> model() {
        var partnership = partnerships.current();
        Map<String, Object> model = new HashMap<>();
        model.put("siteName", partnership.configured() ? partnership.name()
                : messages.getMessage("site.unconfigured.name", null, Locale.UK));
        return model;
    }
}
