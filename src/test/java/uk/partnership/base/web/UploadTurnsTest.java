package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** One upload's check at a time: the next waits for the turn, and is told when it did not come in time. */
class UploadTurnsTest {

    @Test
    void theNextCheckWaitsUntilTheFirstHasEnded() throws Exception {
        var turns = new UploadTurns(Duration.ofSeconds(30));
        assertThat(turns.begin()).isTrue();

        var next = CompletableFuture.supplyAsync(turns::begin);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (turns.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(turns.waiting()).as("the next check waiting").isEqualTo(1);
        assertThat(next).as("while the first check runs").isNotDone();
        turns.end();
        assertThat(next.get(30, TimeUnit.SECONDS)).as("once it has ended").isTrue();
    }

    @Test
    void aTurnThatDoesNotComeInTimeIsRefused() {
        var turns = new UploadTurns(Duration.ofMillis(100));
        assertThat(turns.begin()).isTrue();
        assertThat(turns.begin()).isFalse();
    }
}
