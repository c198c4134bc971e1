package uk.partnership.features.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.features.events.EventOrigins;

/**
 * Tells the event form which approved proposal an event was made from (the other half of the two-way link), and
 * the proposal's notes for the coordinator: who proposed it, the dates proposed, the numbers expected and what is
 * needed. They are shown on the coordinator's event page only, never written into the public description.
 */
@Component
class ProposalOrigins implements EventOrigins {

    private final JdbcClient jdbc;
    private final ProposalDates dates;
    private final MessageSource messages;

    ProposalOrigins(JdbcClient jdbc, ProposalDates dates, MessageSource messages) {
        this.jdbc = jdbc;
        this.dates = dates;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> proposalOf(long eventId) {
        return jdbc.sql("select id from proposal where event_id = :id").param("id", eventId).query(Long.class).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> notesFor(long eventId) {
        return jdbc.sql("""
                        select p.id, s.name as school_name, p.proposed_dates, p.flexible, p.flexible_note,
                            p.expected_numbers, p.needs
                        from proposal p join school s on s.id = p.school_id where p.event_id = :id
                        """)
                .param("id", eventId)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    List<String> notes = new ArrayList<>();
                    notes.add(text("proposals.notes.origin", rs.getString("school_name"), String.valueOf(id)));
                    List<ProposedDate> proposed = dates.of(id);
                    if (!proposed.isEmpty()) {
                        notes.add(text("proposals.notes.dates",
                                String.join("; ", proposed.stream().map(ProposedDate::text).toList())));
                    }
                    if (!rs.getString("proposed_dates").isBlank()) {
                        notes.add(text("proposals.notes.oldDates", rs.getString("proposed_dates")));
                    }
                    if (rs.getBoolean("flexible")) {
                        notes.add(text("proposals.notes.flexible", rs.getString("flexible_note")));
                    }
                    int expected = rs.getInt("expected_numbers");
                    if (!rs.wasNull()) {
                        notes.add(text("proposals.notes.expected", expected));
                    }
                    if (!rs.getString("needs").isBlank()) {
                        notes.add(text("proposals.notes.needs", rs.getString("needs")));
                    }
                    return notes;
                })
                .optional().orElse(List.of());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
