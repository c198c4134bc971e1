package uk.partnership.features.accounts;

import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.partnership.base.mail.MailJob;

/**
 * The second half of a forgotten-password request, run by the mail worker: if an active account has the
 * address, a new one-time link (the older ones stop working) and its mail; otherwise nothing.
 */
@Component
class PasswordResetJob implements MailJob {

    static final String NAME = "password-reset-request";
    static final String TEMPLATE = "password-reset";

    private final AccountService accounts;

    PasswordResetJob(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<Mail> prepare(String recipient) {
        return accounts.preparePasswordReset(recipient);
    }
}
