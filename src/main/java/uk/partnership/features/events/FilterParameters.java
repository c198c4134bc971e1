package uk.partnership.features.events;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The calendar's repeatable query parameters, as sent: {@code ?school=…&category=…&audience=…}. Each is a set, as a
 * value asked for twice filters no differently; so the page cache keeps {@code ?school=a&school=a} and
 * {@code ?school=a} as one page.
 */
public record FilterParameters(@Nullable Set<String> school, @Nullable Set<String> category, @Nullable Set<String> audience) {
}
