package uk.partnership.base.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the mail outbox's worker sends and retries (defaults in application.yml, ADR 0012).
 *
 * @param interval    how often each instance looks for mail that is due (it is also woken after every commit
 *                    that queues mail)
 * @param batchSize   how many mails one instance claims at a time
 * @param firstRetry  the wait after the first failure; it doubles after each further failure
 * @param maxRetry    the longest wait between two tries
 * @param maxAttempts the tries after which a mail is given up
 * @param giveUpAfter the age after which a mail that still fails is given up, whatever its tries
 * @param claimFor    how long an instance owns the mails it claimed; after that (it crashed) another may send
 *                    them
 * @param reportAfter how long a mail must have been failing before the coordinator's dashboard lists it
 * @param keepGivenUp how long a given-up mail stays listed before it is deleted
 */
@ConfigurationProperties("site.mail.outbox")
public record OutboxProperties(Duration interval, int batchSize, Duration firstRetry, Duration maxRetry,
                               int maxAttempts, Duration giveUpAfter, Duration claimFor, Duration reportAfter,
                               Duration keepGivenUp) {

    public OutboxProperties {
        positive("interval", interval);
        positive("first-retry", firstRetry);
        positive("max-retry", maxRetry);
        positive("give-up-after", giveUpAfter);
        positive("claim-for", claimFor);
        positive("report-after", reportAfter);
        positive("keep-given-up", keepGivenUp);
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("site.mail.outbox.batch-size and max-attempts must be at least 1");
        }
    }

    /** The wait before the next try after {@code failures} failed tries: first-retry, doubled each time, capped. */
    Duration retryAfter(int failures) {
        Duration wait = firstRetry;
        for (int i = 1; i < failures && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("site.mail.outbox." + name + " must be a positive duration");
        }
    }
}
