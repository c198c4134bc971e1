package uk.partnership.features.accounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends every session of an account, on every instance (sessions live in PostgreSQL), in the caller's transaction: the
 * sessions end if, and when, the change that ends them (a deactivation, a new password) commits.
 * <p>
 * The site's own session store opens a transaction of its own for everything it does (Spring Session's choice), so
 * called inside the caller's it needed a second connection while holding the first: eight deactivations at once
 * held the whole pool and waited for it, and every one was answered 503. This store is Spring Session's, on the same
 * tables, but joins the caller's transaction, so a change takes one connection.
 */
@Component
class SessionTerminator {

    private final JdbcIndexedSessionRepository sessions;

    SessionTerminator(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.sessions = new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions));
    }

    void endSessionsOf(String email) {
        sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
    }

    /** Ends every session of an account but the one with id {@code keep} (the person's own, still in use). */
    void endOtherSessionsOf(String email, String keep) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }
}
