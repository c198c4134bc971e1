package uk.partnership.features.events;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** Tuesday 20 October 2026, 13:00 in London (British Summer Time), five days before the clocks go back. */
@TestConfiguration(proxyBeanMethods = false)
@Import(EventFixtures.class)
class FixedClock {

    static final Instant NOW = Instant.parse("2026-10-20T12:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneId.of("Europe/London"));
    }
}
