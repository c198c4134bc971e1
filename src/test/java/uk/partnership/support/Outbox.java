package uk.partnership.support;

import java.time.Duration;
import java.time.Instant;

import uk.partnership.mail.MailOutboxWorker;

/**
 * Lets the mail outbox's worker run, for tests that read a mail right after the action that queued it:
 * sends every due mail now and waits for any that another context's worker (on the same database) has
 * claimed, instead of sleeping a fixed time.
 */
public final class Outbox {

    private Outbox() {
    }

    /** Returns when no mail is due any more (sent, or put off to a later try); fails after 10 seconds. */
    public static void drain(MailOutboxWorker worker) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            worker.sendDue();
            if (worker.dueNow() == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(worker.dueNow() + " mails are still due in the outbox after 10 seconds");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the outbox", e);
            }
        }
    }
}
