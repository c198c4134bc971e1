package uk.partnership.features.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The limits of {@link LoginThrottle} (failed sign-ins) and {@link PasswordResetThrottle} (requests for a
 * password-reset link). Zero or missing values take the defaults: 5 failed sign-ins per account from one client
 * address and 20 per client address in any 15 minutes; 3 reset mails per account in any hour and 10 reset
 * requests per client address in any 15 minutes. The counts are shared by every instance (in PostgreSQL).
 *
 * @param attemptsPerAccount      failed sign-ins allowed for one e-mail address from one client address in a window
 * @param attemptsPerAddress      failed sign-ins allowed from one client address in a window, whichever accounts
 *                                they name
 * @param window                  the time in which an emptied sign-in allowance fills up again
 * @param resetMailsPerAccount    reset links mailed to one e-mail address in {@code resetMailWindow}
 * @param resetMailWindow         the time in which an emptied reset-mail allowance fills up again
 * @param resetRequestsPerAddress reset requests accepted from one client address in {@code resetRequestWindow}
 * @param resetRequestWindow      the time in which an emptied reset-request allowance fills up again
 */
@ConfigurationProperties("site.login-throttle")
public record LoginThrottleProperties(int attemptsPerAccount, int attemptsPerAddress, Duration window,
                                      int resetMailsPerAccount, Duration resetMailWindow,
                                      int resetRequestsPerAddress, Duration resetRequestWindow) {

    public static final int DEFAULT_ATTEMPTS_PER_ACCOUNT = 5;
    public static final int DEFAULT_ATTEMPTS_PER_ADDRESS = 20;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    public static final int DEFAULT_RESET_MAILS_PER_ACCOUNT = 3;
    public static final Duration DEFAULT_RESET_MAIL_WINDOW = Duration.ofHours(1);
    public static final int DEFAULT_RESET_REQUESTS_PER_ADDRESS = 10;
    public static final Duration DEFAULT_RESET_REQUEST_WINDOW = Duration.ofMinutes(15);

    @ConstructorBinding
    public LoginThrottleProperties {
        if (attemptsPerAccount < 0 || attemptsPerAddress < 0 || resetMailsPerAccount < 0
                || resetRequestsPerAddress < 0) {
            throw new IllegalArgumentException("site.login-throttle limits must not be negative");
        }
        for (Duration given : new Duration[] {window, resetMailWindow, resetRequestWindow}) {
            if (given != null && given.isNegative()) {
                throw new IllegalArgumentException("site.login-throttle windows must not be negative");
            }
        }
        attemptsPerAccount = orDefault(attemptsPerAccount, DEFAULT_ATTEMPTS_PER_ACCOUNT);
        attemptsPerAddress = orDefault(attemptsPerAddress, DEFAULT_ATTEMPTS_PER_ADDRESS);
        window = orDefault(window, DEFAULT_WINDOW);
        resetMailsPerAccount = orDefault(resetMailsPerAccount, DEFAULT_RESET_MAILS_PER_ACCOUNT);
        resetMailWindow = orDefault(resetMailWindow, DEFAULT_RESET_MAIL_WINDOW);
        resetRequestsPerAddress = orDefault(resetRequestsPerAddress, DEFAULT_RESET_REQUESTS_PER_ADDRESS);
        resetRequestWindow = orDefault(resetRequestWindow, DEFAULT_RESET_REQUEST_WINDOW);
    }

    /** The sign-in limits, with the password-reset limits at their defaults. */
    public LoginThrottleProperties(int attemptsPerAccount, int attemptsPerAddress, Duration window) {
        this(attemptsPerAccount, attemptsPerAddress, window, 0, null, 0, null);
    }

    private static int orDefault(int given, int fallback) {
        return given == 0 ? fallback : given;
    }

    private static Duration orDefault(Duration given, Duration fallback) {
        return given == null || given.isZero() ? fallback : given;
    }
}
