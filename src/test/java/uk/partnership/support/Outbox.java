package uk.partnership.support;

import java.time.Duration;

import uk.partnership.base.mail.MailOutboxWorker;

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
        try {
            if (!Eventually.holds(Duration.ofSeconds(10), () -> {
                worker.sendDue();
                return worker.dueNow() == 0;
            })) {
                throw new AssertionError(worker.dueNow() + " mails are still due in the outbox after 10 seconds");
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("could not drain the outbox", e);
        }
    }
}
