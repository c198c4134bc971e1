package uk.partnership.base.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field's value before and after a change; null where the field had (or has) no value, as when an
 * item is created or deleted.
 */
public record Change(@Nullable Object before, @Nullable Object after) {
}
