package uk.partnership.features.events;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.documents.DocumentOwner;

/** Events carry documents (issue 20): a visitor may download those of an event that is not a draft. */
@Component
class EventDocuments implements DocumentOwner {

    private final JdbcClient jdbc;

    EventDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "events";
    }

    @Override
    public Optional<Item> find(long id) {
        return jdbc.sql("select title, status from event where id = :id").param("id", id)
                .query((rs, row) -> new Item(EventAudit.ITEM, rs.getString("title"),
                        !"DRAFT".equals(rs.getString("status")), "/admin/events/" + id))
                .optional();
    }
}
