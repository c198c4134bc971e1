package uk.partnership.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.partnership.support.Eventually;
import uk.partnership.support.MailCatcher;
import uk.partnership.support.Outbox;

/**
 * The outbox on its own: a mail is queued only with a committed transaction, is sent soon after the commit
 * without waiting for the interval, and is sent once however many workers race for it.
 */
// MockMvc is unused here: with it, the context is the one most other tests use, and it is not started again.
@SpringBootTest
@AutoConfigureMockMvc
class MailOutboxTest {

    final MailOutbox outbox;
    final MailOutboxWorker worker;
    final TransactionTemplate transactions;
    final JdbcClient jdbc;

    @Autowired
    MailOutboxTest(MailOutbox outbox, MailOutboxWorker worker, TransactionTemplate transactions, JdbcClient jdbc) {
        this.outbox = outbox;
        this.worker = worker;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Test
    void queueingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.enqueue(freshAddress(), "password-changed", model()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void mailOfATransactionThatRollsBackIsNeverSent() {
        String to = freshAddress();
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(to, "password-changed", model());
            status.setRollbackOnly();
        });

        Outbox.drain(worker);

        assertThat(MailCatcher.receivedBy(to)).isEmpty();
        assertThat(rowsFor(to)).isZero();
    }

    @Test
    void mailIsSentSoonAfterTheCommitWithoutWaitingForTheInterval() throws Exception {
        String to = freshAddress();
        transactions.executeWithoutResult(status -> outbox.enqueue(to, "password-changed", model()));

        // The worker takes the row out after the server has the mail: wait for both, or the check below races it.
        Eventually.holds(Duration.ofSeconds(5), () -> !MailCatcher.receivedBy(to).isEmpty() && rowsFor(to) == 0);

        assertThat(MailCatcher.receivedBy(to)).as("sent within 5 s; the interval is 30 s").hasSize(1);
        assertThat(MailCatcher.receivedBy(to).getFirst().subject()).isEqualTo("Your password for Demo Partnership has been changed");
        assertThat(rowsFor(to)).as("a sent mail leaves the outbox").isZero();
    }

    @Test
    void twoWorkersRacingSendEachMailOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            recipients.add(freshAddress());
        }
        // Queued in one transaction, with the worker's wake-up racing the two below as a third sender.
        transactions.executeWithoutResult(status -> recipients.forEach(to -> outbox.enqueue(to, "password-changed", model())));
        var start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return worker.sendDue();
                }));
            }
            int byTheTwo = sent.get(0).get() + sent.get(1).get();
            Outbox.drain(worker);

            for (String to : recipients) {
                assertThat(MailCatcher.receivedBy(to)).as(to).hasSize(1);
            }
            System.out.printf("RACE: 60 mails, %d sent by the two racing workers (%d and %d), the rest by the "
                    + "woken worker; 60 received%n", byTheTwo, sent.get(0).get(), sent.get(1).get());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void mailClaimedByAnInstanceIsLeftAloneUntilTheClaimRunsOut() {
        String to = freshAddress();
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(to, "password-changed", model());
            // Another instance holds it (set before the commit, so this instance's wake-up finds it claimed).
            jdbc.sql("update mail_outbox set claim = :claim, claimed_until = :until where recipient = :to")
                    .param("claim", UUID.randomUUID()).param("until", at(Instant.now().plus(Duration.ofDays(30))))
                    .param("to", to).update();
        });

        worker.sendDue();
        assertThat(MailCatcher.receivedBy(to)).isEmpty();

        // That instance crashed: its claim ran out.
        jdbc.sql("update mail_outbox set claimed_until = :until where recipient = :to")
                .param("until", at(Instant.now().minusSeconds(1))).param("to", to).update();
        Outbox.drain(worker);

        assertThat(MailCatcher.receivedBy(to)).hasSize(1);
    }

    private long rowsFor(String to) {
        return jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", to).query(Long.class).single();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("siteName", "Demo Partnership");
        model.put("accountLink", "http://localhost:8080/account");
        return model;
    }

    private static String freshAddress() {
        return "outbox-" + UUID.randomUUID() + "@school.example";
    }
}
