package uk.partnership.base.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Turns for the checks of uploads that take much of the heap: a picture decoded, a PDF parsed (up to about 30 MB each,
 * against production's 128 MB heap). One runs at a time on an instance, first come first served; the others wait, up
 * to a limit. A double click on a form's Save sends its file twice at once, and two at once could run the heap out.
 */
@Component
public class UploadTurns {

    /** A check of a file, which may refuse it. */
    @FunctionalInterface
    public interface Check<T, E extends Exception> {
        T run() throws E;
    }

    private final Semaphore turn = new Semaphore(1, true);
    private final Duration longestWait;

    public UploadTurns() {
        this(Duration.ofSeconds(30));
    }

    public UploadTurns(Duration longestWait) {
        this.longestWait = longestWait;
    }

    /** Runs the check in its turn, or throws what {@code busy} makes when the turn did not come in time. */
    public <T, E extends Exception> T inTurn(Check<T, E> check, Supplier<E> busy) throws E {
        if (!begin()) {
            throw busy.get();
        }
        try {
            return check.run();
        } finally {
            end();
        }
    }

    /** Waits for the turn: true once it has come, when {@link #end()} must follow; false if it did not come in time. */
    public boolean begin() {
        try {
            return turn.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public void end() {
        turn.release();
    }

    /** How many checks are waiting for the turn now. */
    int waiting() {
        return turn.getQueueLength();
    }
}
