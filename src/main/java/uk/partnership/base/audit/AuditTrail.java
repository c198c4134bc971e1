package uk.partnership.base.audit;

import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;
import static uk.partnership.base.web.DateFormats.MACHINE;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Types;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import uk.partnership.base.web.cache.PageCache;

/**
 * Writes the audit trail. Every feature that changes something on behalf of a signed-in person calls
 * {@link #record} inside the transaction that makes the change, so the entry is written if and only if
 * the change is. Passwords are never written: only that they changed.
 */
@Service
public class AuditTrail {

    /** What is recorded in place of a password's old and new values. */
    static final String HIDDEN = "(hidden)";
    static final String CHANGED = "(changed)";
    static final int LABEL_LENGTH = 300;

    private static final Set<String> SECRET_FIELDS = Set.of("password", "passwordhash", "password_hash");

    /**
     * Kinds of item that no public page shows (the tables behind them notify no content change, V25): recording a
     * change to one leaves the page cache as it is. Each representative's proposal emptied it for every visitor.
     */
    static final Set<String> NOT_PUBLIC = Set.of("proposal", "account", "calendar import");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final PageCache pages;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, PageCache pages) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.pages = pages;
    }

    /**
     * Records that {@code actor} did {@code action} (say "update") to an item (say the event "Science talk").
     * Must be called inside the transaction that makes the change: outside one it throws
     * {@link org.springframework.transaction.IllegalTransactionStateException}.
     *
     * @param itemType  what kind of item, such as "event" or "account"
     * @param itemId    the item's id, or null when it has none (yet)
     * @param itemLabel what a person calls the item, such as its title or e-mail address
     * @param changes   the changed fields, in the order to show them; see {@link #diff}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String itemType, @Nullable Long itemId, String itemLabel,
                       Map<String, Change> changes) {
        Map<String, Map<String, @Nullable Object>> document = new LinkedHashMap<>();
        changes.forEach((field, change) -> {
            Change recorded = isSecret(field) ? hidden() : change;
            Map<String, @Nullable Object> values = new LinkedHashMap<>();
            values.put("before", value(recorded.before()));
            values.put("after", value(recorded.after()));
            document.put(field, values);
        });
        String label = itemLabel.length() > LABEL_LENGTH ? itemLabel.substring(0, LABEL_LENGTH) : itemLabel;
        jdbc.sql("""
                        insert into audit_entry (at, actor_id, actor_email, actor_name, action, item_type, item_id, item_label,
                                                 changes)
                        values (:at, :actorId, :actorEmail, :actorName, :action, :itemType, :itemId, :itemLabel,
                                cast(:changes as json))
                        """)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("actorId", actor.accountId(), Types.BIGINT)
                .param("actorEmail", actor.email())
                .param("actorName", actor.displayName().equals(actor.email()) ? "" : actor.displayName())
                .param("action", action)
                .param("itemType", itemType)
                .param("itemId", itemId, Types.BIGINT)
                .param("itemLabel", label)
                .param("changes", json.writeValueAsString(document))
                .update();
        // Other instances hear of the change from the database (V25); this one serves it from its next request.
        if (!NOT_PUBLIC.contains(itemType)) {
            pages.invalidateAfterCommit();
        }
    }

    /**
     * The fields whose values differ between two snapshots of an item, in the order of {@code before}'s
     * fields then {@code after}'s new ones (pass ordered maps such as {@link LinkedHashMap} for a stable order).
     * A field missing from one side counts as null. Values are made JSON-friendly and compared in that form:
     * times and dates as ISO strings, enums by name, collections as lists (sets sorted), other objects as text.
     */
    public static Map<String, Change> diff(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        Map<String, Change> changes = new LinkedHashMap<>();
        for (String field : fields) {
            Object was = value(before.get(field));
            Object is = value(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.put(field, isSecret(field) ? hidden() : new Change(was, is));
            }
        }
        return changes;
    }

    static boolean isSecret(String field) {
        return SECRET_FIELDS.contains(field.toLowerCase(Locale.ROOT));
    }

    private static Change hidden() {
        return new Change(HIDDEN, CHANGED);
    }

    /** A value as it is stored in the trail's JSON and compared by {@link #diff}. */
    static @Nullable Object value(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case String text -> text;
            case Boolean flag -> flag;
            case Byte number -> number.longValue();
            case Short number -> number.longValue();
            case Integer number -> number.longValue();
            case Long number -> number;
            case BigInteger number -> number;
            case BigDecimal number -> number.stripTrailingZeros();
            case Float number -> number.doubleValue();
            case Double number -> number;
            case Enum<?> constant -> constant.name();
            case ZonedDateTime time -> time.toOffsetDateTime().toString();
            case TemporalAccessor time -> time.toString();
            case Optional<?> optional -> value(optional.orElse(null));
            case List<?> list -> list.stream().map(AuditTrail::value).toList();
            case Collection<?> collection -> collection.stream().map(AuditTrail::value)
                    .sorted(Comparator.comparing(item -> String.valueOf((Object) item))).toList();
            case Map<?, ?> map -> {
                Map<String, @Nullable Object> values = new LinkedHashMap<>();
                map.forEach((key, item) -> values.put(String.valueOf(key), value(item)));
                yield values;
            }
            default -> {
                if (value.getClass().isArray()) {
                    List<@Nullable Object> items = new ArrayList<>();
                    for (int i = 0; i < Array.getLength(value); i++) {
                        items.add(value(Array.get(value, i)));
                    }
                    yield items;
                }
                yield value.toString();
            }
        };
    }

    /**
     * A recent change, as the coordinator's dashboard lists it.
     *
     * @param who    the person's name at the time, or their e-mail address if they had none
     * @param itemId the item changed, if it has an id
     */
    public record RecentChange(String when, String datetime, String who, String action, String itemType,
                               @Nullable Long itemId, String itemLabel) {
    }

    /** The latest changes, newest first. */
    @Transactional(readOnly = true)
    public List<RecentChange> recent(int limit) {
        return jdbc.sql("""
                        select at, actor_email, actor_name, action, item_type, item_id, item_label from audit_entry
                        order by at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> {
                    var at = rs.getObject("at", java.time.OffsetDateTime.class).atZoneSameInstant(clock.getZone());
                    String name = rs.getString("actor_name");
                    return new RecentChange(DAY_AND_TIME.format(at), MACHINE.format(at),
                            name.isBlank() ? rs.getString("actor_email") : name, rs.getString("action"),
                            rs.getString("item_type"), rs.getObject("item_id", Long.class), rs.getString("item_label"));
                })
                .list();
    }
}
