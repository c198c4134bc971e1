package uk.partnership.features.events;

import java.time.Instant;

/** Tuesday 20 October 2026, 13:00 in London (British Summer Time), five days before the clocks go back. */
final class FixedClock {

    static final String AT = "2026-10-20T12:00:00Z";
    static final Instant NOW = Instant.parse(AT);

    private FixedClock() {
    }
}
