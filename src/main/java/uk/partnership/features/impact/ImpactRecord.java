package uk.partnership.features.impact;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One school's saved numbers for one event, with who saved them last and the version an edit form was opened on. */
record ImpactRecord(long eventId, long schoolId, Numbers numbers, long version, Instant updatedAt,
                    @Nullable String updatedBy) {
}
