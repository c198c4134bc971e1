package uk.partnership.base.audit;

import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;
import static uk.partnership.base.web.DateFormats.MACHINE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import uk.partnership.base.web.SiteProperties;

/** Reads the audit trail for the coordinators' page: one statement per page, one for the kinds of item. */
@Service
@Transactional(readOnly = true)
class AuditEntries {

    static final int PAGE_SIZE = 50;
    private static final TypeReference<LinkedHashMap<String, Map<String, @Nullable Object>>> CHANGES =
            new TypeReference<>() {
            };

    private static final String SELECT = """
            select id, at, actor_email, action, item_type, item_id, item_label, changes::text as changes
            from audit_entry""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ZoneId zone;

    AuditEntries(JdbcClient jdbc, JsonMapper json, SiteProperties site) {
        this.jdbc = jdbc;
        this.json = json;
        this.zone = site.timeZone();
    }

    /** The kinds of item the trail holds, for the filter's choices. */
    List<String> itemTypes() {
        return jdbc.sql("select distinct item_type from audit_entry order by item_type").query(String.class).list();
    }

    /** The entries that match the filter, newest first, {@link #PAGE_SIZE} to a page. */
    Page page(AuditFilter filter, int page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.item() != null) {
            conditions.add("item_type = :item");
            params.put("item", filter.item());
        }
        if (filter.actor() != null) {
            conditions.add("strpos(lower(actor_email), lower(:actor)) > 0");
            params.put("actor", filter.actor());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.put("from", filter.from().atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<AuditEntryView> entries = jdbc.sql(SELECT + where + " order by at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) (page - 1) * PAGE_SIZE)
                .query((rs, row) -> view(rs))
                .list();
        boolean hasNext = entries.size() > PAGE_SIZE;
        return new Page(hasNext ? entries.subList(0, PAGE_SIZE) : entries, page, hasNext);
    }

    private AuditEntryView view(ResultSet rs) throws SQLException {
        ZonedDateTime at = rs.getObject("at", OffsetDateTime.class).atZoneSameInstant(zone);
        long itemId = rs.getLong("item_id");
        return new AuditEntryView(rs.getLong("id"), DAY_AND_TIME.format(at), MACHINE.format(at), rs.getString("actor_email"),
                rs.getString("action"), rs.getString("item_type"), rs.wasNull() ? null : itemId,
                rs.getString("item_label"), changes(rs.getString("changes")));
    }

    private List<AuditEntryView.FieldChange> changes(String document) {
        Map<String, Map<String, @Nullable Object>> changes = json.readValue(document, CHANGES);
        return changes.entrySet().stream()
                .map(change -> new AuditEntryView.FieldChange(change.getKey(), text(change.getValue().get("before")),
                        text(change.getValue().get("after"))))
                .toList();
    }

    /** A stored value as the page writes it: text as it is, lists as comma-separated items, anything else as JSON. */
    private @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case List<?> list -> list.stream().map(item -> {
                String text = text(item);
                return text == null ? "" : text;
            }).collect(Collectors.joining(", "));
            case Map<?, ?> map -> json.writeValueAsString(map);
            default -> String.valueOf(value);
        };
    }

    public record Page(List<AuditEntryView> entries, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 1;
        }
    }
}
