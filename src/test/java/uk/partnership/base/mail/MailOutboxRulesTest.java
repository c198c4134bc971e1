package uk.partnership.base.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mail.MailSendException;

/** The outbox's rules without a database: how long it waits between tries, and how it names a failure. */
class MailOutboxRulesTest {

    static final OutboxProperties DEFAULTS = new OutboxProperties(Duration.ofSeconds(30), 20, Duration.ofMinutes(1),
            Duration.ofHours(1), 30, Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(14));

    @Test
    void waitDoublesAfterEachFailureUpToAnHour() {
        assertThat(DEFAULTS.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DEFAULTS.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DEFAULTS.retryAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(DEFAULTS.retryAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(DEFAULTS.retryAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(DEFAULTS.retryAfter(30)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void settingsThatCannotWorkAreRefusedAtStart() {
        assertThatThrownBy(() -> new OutboxProperties(Duration.ZERO, 20, Duration.ofMinutes(1), Duration.ofHours(1),
                30, Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(14)))
                .hasMessageContaining("site.mail.outbox.interval");
        assertThatThrownBy(() -> new OutboxProperties(Duration.ofSeconds(30), 0, Duration.ofMinutes(1),
                Duration.ofHours(1), 30, Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofHours(1),
                Duration.ofDays(14))).hasMessageContaining("batch-size");
    }

    @Test
    void failuresAreNamedInKindsACoordinatorCanActOn() throws Exception {
        assertThat(SendFailure.of(new MailSendException("Mail server connection failed",
                new MessagingException("Could not connect", new ConnectException("Connection refused")))))
                .isEqualTo(SendFailure.UNREACHABLE);
        assertThat(SendFailure.of(new MailSendException("Mail server connection failed",
                new MessagingException("Read timed out", new SocketTimeoutException("Read timed out")))))
                .isEqualTo(SendFailure.TIMEOUT);
        assertThat(SendFailure.of(new MailAuthenticationException("535 Authentication failed")))
                .isEqualTo(SendFailure.AUTHENTICATION);
        var refusedAddress = new SendFailedException("550 No such user", null, new InternetAddress[0],
                new InternetAddress[0], new InternetAddress[] {new InternetAddress("nobody@school.example")});
        assertThat(SendFailure.of(new MailSendException(Map.of(new Object(), refusedAddress))))
                .isEqualTo(SendFailure.ADDRESS_REFUSED);
        assertThat(SendFailure.of(new MailSendException("554 Message rejected"))).isEqualTo(SendFailure.REFUSED);
        assertThat(SendFailure.UNREACHABLE.messageKey()).isEqualTo("mail.failure.UNREACHABLE");
    }

    @Test
    void theDashboardHasWordsForEveryMailAndEveryFailure() throws Exception {
        var messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/mail/*.txt");
        assertThat(templates).isNotEmpty();
        for (var template : templates) {
            String name = template.getFilename().replace(".txt", "");
            assertThat(messages.getProperty("mail.name." + name)).as("mail.name." + name).isNotBlank();
        }
        for (SendFailure failure : SendFailure.values()) {
            assertThat(messages.getProperty(failure.messageKey())).as(failure.messageKey()).isNotBlank();
        }
    }
}
