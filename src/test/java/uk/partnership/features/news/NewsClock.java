package uk.partnership.features.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in news tests: it stands still until a test moves it, so a test can stop one second
 * before a scheduled post's time and then step onto it. It only moves forwards, and it starts at the real time
 * (to the minute) so that the demo content, which is dated relative to today, looks as it does on a real site.
 * Every copy made by {@link #withZone} follows the same time.
 */
final class NewsClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private NewsClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** Moves the clock to {@code instant}, which must not be earlier than now. */
    void moveTo(Instant instant) {
        now.updateAndGet(current -> {
            if (instant.isBefore(current)) {
                throw new IllegalArgumentException("The clock only moves forwards: " + instant + " is before " + current);
            }
            return instant;
        });
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new NewsClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** Registers the clock, starting at the real time, as the application's clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        NewsClock newsClock() {
            return new NewsClock(new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.MINUTES)),
                    ZoneId.of("Europe/London"));
        }
    }
}
