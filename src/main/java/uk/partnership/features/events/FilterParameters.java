package uk.partnership.features.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The calendar's repeatable query parameters, as sent: {@code ?school=…&category=…&audience=…}. */
record FilterParameters(@Nullable List<String> school, @Nullable List<String> category, @Nullable List<String> audience) {
}
