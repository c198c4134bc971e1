package uk.partnership.features.proposals;

import java.time.ZoneOffset;
import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.features.events.EventPublished;

/**
 * Tells a school that the event made from its proposal is on the calendar: once, the first time it is published,
 * in the transaction that published it (the mail is queued in the outbox, so it is sent only if the publication is
 * saved). Events announces every publication; only proposals knows which events came from a proposal.
 */
@Component
class ProposalPublications {

    private final JdbcClient jdbc;
    private final ProposalNotices notices;
    private final Clock clock;

    ProposalPublications(JdbcClient jdbc, ProposalNotices notices, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.clock = clock;
    }

    @EventListener
    void published(EventPublished published) {
        jdbc.sql("""
                        update proposal set published_told_at = :now
                        where event_id = :event and published_told_at is null
                        returning id
                        """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("event", published.eventId())
                .query(Long.class).optional()
                .ifPresent(id -> notices.published(id, published.slug()));
    }
}
