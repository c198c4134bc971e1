package uk.partnership.features.impact;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.audit.Change;
import uk.partnership.base.web.EditConflictException;

/** The coordinator's choice to publish the school year's headline figures on the about page: audited, locked. */
@Service
class ImpactPublication {

    private final ImpactStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ImpactPublication(ImpactStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PublicationForm form() {
        ImpactStore.Publication saved = store.publication();
        return new PublicationForm(saved.published(), saved.version());
    }

    /**
     * Publishes the headline figures or takes them down.
     *
     * @throws EditConflictException when someone else changed the choice after the page was opened
     */
    @Transactional
    void publish(Actor actor, boolean published, long version) {
        ImpactStore.Publication saved = store.publication();
        if (saved.published() == published && saved.version() == version) {
            return;
        }
        if (!store.publish(published, version, clock.instant(), actor.displayName())) {
            throw new EditConflictException(saved.updatedBy() == null ? "" : saved.updatedBy(), saved.updatedAt(),
                    saved.version());
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("publishHeadline", new Change(saved.published(), published));
        audit.record(actor, "changed", "impact publication", null, "headline figures on the about page", changes);
    }
}
