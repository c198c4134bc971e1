package uk.partnership.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock in every test context ({@link SharedTestBeans}): it follows the real time until a test
 * stops it ({@link #set}, {@link #advance}, or {@link StoppedClock} on the class), and goes back to the real time
 * after each test ({@link StoppedClock.Listener}). One clock for all tests, rather than a clock configuration per
 * test class, lets the tests share their Spring contexts, which is most of the suite's time saved.
 * Every copy made by {@link #withZone} follows the same time.
 */
public final class TestClock extends Clock {

    /** The time it stands still at; {@code null} while it follows the real time. */
    private final AtomicReference<@Nullable Instant> stopped;
    /**
     * The latest time a test moved it on to from the real time: the next test that starts at "now" starts there, as
     * content other tests published "in the future" would otherwise be newer than its own.
     */
    private final AtomicReference<Instant> furthest;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(), new AtomicReference<>(Instant.EPOCH), ZoneId.of("Europe/London"));
    }

    private TestClock(AtomicReference<@Nullable Instant> stopped, AtomicReference<Instant> furthest, ZoneId zone) {
        this.stopped = stopped;
        this.furthest = furthest;
        this.zone = zone;
    }

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        stopped.set(instant);
    }

    /**
     * Stops the clock at the real time to the minute, as a site's clock might read when a test begins, or where
     * an earlier test moved it on to, if that is later.
     */
    public void stopNow() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Instant further = furthest.get();
        set(further.isAfter(now) ? further : now);
    }

    /** Moves the clock on by {@code duration} from where it is, and stops it there. */
    public void advance(Duration duration) {
        moveTo(instant().plus(duration));
    }

    /** Moves the clock on to {@code instant}, which must not be earlier than now, and stops it there. */
    public void moveTo(Instant instant) {
        Instant current = instant();
        if (instant.isBefore(current)) {
            throw new IllegalArgumentException("The clock only moves forwards: " + instant + " is before " + current);
        }
        set(instant);
        furthest.accumulateAndGet(instant, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Follows the real time again. */
    public void reset() {
        stopped.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(stopped, furthest, other);
    }

    @Override
    public Instant instant() {
        Instant at = stopped.get();
        return at == null ? Instant.now() : at;
    }
}
