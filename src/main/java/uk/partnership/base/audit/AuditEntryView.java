package uk.partnership.base.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the trail as the audit page shows it.
 *
 * @param when     "Tue 3 Mar 2026, 16:05" in the site's zone
 * @param datetime the same moment for {@code <time datetime>}, with the offset of the day
 */
public record AuditEntryView(long id, String when, String datetime, String actorEmail, String action, String itemType,
                      @Nullable Long itemId, String itemLabel, List<FieldChange> changes) {

    /** One changed field, its values written as text; null where there was (or is) no value. */
    public record FieldChange(String field, @Nullable String before, @Nullable String after) {
    }
}
