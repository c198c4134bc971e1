package uk.partnership.features.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.features.events.EventOrigins;

/** Tells the coordinator's event page which school calendar an event was imported from. */
@Component
class ImportOrigins implements EventOrigins {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ImportOrigins(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Optional<Long> proposalOf(long eventId) {
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> notesFor(long eventId) {
        return jdbc.sql("""
                        select s.url, sc.name as school_name
                        from import_item i join import_source s on s.id = i.source_id
                        join school sc on sc.id = s.school_id
                        where i.event_id = :id
                        """)
                .param("id", eventId)
                .query((rs, row) -> messages.getMessage("imports.origin",
                        new Object[] {rs.getString("school_name"), rs.getString("url")}, Locale.UK))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> listLinesFor(Collection<Long> eventIds) {
        Map<Long, String> lines = new HashMap<>();
        jdbc.sql("""
                        select i.event_id, sc.name as school_name
                        from import_item i join import_source s on s.id = i.source_id
                        join school sc on sc.id = s.school_id
                        where i.event_id = any(:ids)
                        """)
                .param("ids", eventIds.toArray(Long[]::new))
                .query(rs -> {
                    lines.putIfAbsent(rs.getLong("event_id"), messages.getMessage("imports.origin.list",
                            new Object[] {rs.getString("school_name")}, Locale.UK));
                });
        return lines;
    }
}
