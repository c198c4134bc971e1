package uk.partnership.features.events;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;

/** The audit entries of the coordinator's event changes: what an event looked like before and after. */
@Component
class EventAudit {

    static final String ITEM = "event";

    private final AuditTrail audit;

    EventAudit(AuditTrail audit) {
        this.audit = audit;
    }

    /** The fields an audit entry compares. */
    static Map<String, Object> snapshot(Event event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", event.getTitle());
        fields.put("slug", event.getSlug());
        fields.put("status", event.getStatus());
        fields.put("category", event.getCategory().toView().name());
        fields.putAll(event.describedFields());
        return fields;
    }

    /** {@code event} as it is now against {@code before}. */
    void record(Actor actor, String action, Event event, Map<String, Object> before) {
        record(actor, action, event, before, snapshot(event));
    }

    void record(Actor actor, String action, Event event, Map<String, Object> before, Map<String, Object> after) {
        audit.record(actor, action, ITEM, event.getId(), event.getTitle(), AuditTrail.diff(before, after));
    }
}
