package uk.partnership.base.web;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * The session store (in PostgreSQL), set aside while the site shows its 503 page because the database is away
 * ({@link DatabaseOutageFilter}): the page is rendered as for a visitor, without reading or writing a session, since
 * either would fail again. Everywhere else every call goes to the store.
 */
public final class SessionsAside<S extends Session> implements FindByIndexNameSessionRepository<S> {

    private static final ThreadLocal<Boolean> ASIDE = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> store;

    private SessionsAside(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    /** Decorates the application's session store. */
    public static BeanPostProcessor decorating() {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof FindByIndexNameSessionRepository store && !(bean instanceof SessionsAside)
                        ? new SessionsAside(store) : bean;
            }
        };
    }

    /** Runs {@code work} with the session store set aside, on this thread. */
    static void setAsideWhile(Work work) throws Exception {
        ASIDE.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            ASIDE.remove();
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static boolean aside() {
        return ASIDE.get() != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public S createSession() {
        return aside() ? (S) new MapSession() : store.createSession();
    }

    @Override
    public void save(S session) {
        if (!aside()) {
            store.save(session);
        }
    }

    @Override
    public S findById(String id) {
        return aside() ? null : store.findById(id);
    }

    @Override
    public void deleteById(String id) {
        if (!aside()) {
            store.deleteById(id);
        }
    }

    @Override
    public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return aside() ? Map.of() : store.findByIndexNameAndIndexValue(indexName, indexValue);
    }
}
