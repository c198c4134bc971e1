package uk.partnership.features.proposals;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.features.events.EventOrigins;

/** Tells the event form which approved proposal an event was made from (the other half of the two-way link). */
@Component
class ProposalOrigins implements EventOrigins {

    private final JdbcClient jdbc;

    ProposalOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> proposalOf(long eventId) {
        return jdbc.sql("select id from proposal where event_id = :id").param("id", eventId).query(Long.class).optional();
    }
}
