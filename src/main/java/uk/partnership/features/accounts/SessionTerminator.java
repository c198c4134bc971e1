package uk.partnership.features.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account, on every instance (sessions live in PostgreSQL). In the one-off
 * command-line run there is no web server and so no session store: nothing to end.
 */
@Component
class SessionTerminator {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(String email) {
        sessions.ifAvailable(store -> store.findByPrincipalName(email).keySet().forEach(store::deleteById));
    }

    /** Ends every session of an account but the one with id {@code keep} (the person's own, still in use). */
    void endOtherSessionsOf(String email, String keep) {
        sessions.ifAvailable(store -> store.findByPrincipalName(email).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(store::deleteById));
    }
}
