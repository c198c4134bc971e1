package uk.partnership.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many sign-in attempts {@link LoginThrottle} allows. Zero or missing values take the defaults: 5
 * attempts per account and 20 per client address in any 15 minutes.
 *
 * @param attemptsPerAccount attempts allowed for one e-mail address in a window, whichever address they come from
 * @param attemptsPerAddress attempts allowed from one client address in a window, whichever accounts they name
 * @param window             the time in which an emptied allowance fills up again
 */
@ConfigurationProperties("site.login-throttle")
public record LoginThrottleProperties(int attemptsPerAccount, int attemptsPerAddress, Duration window) {

    public static final int DEFAULT_ATTEMPTS_PER_ACCOUNT = 5;
    public static final int DEFAULT_ATTEMPTS_PER_ADDRESS = 20;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    public LoginThrottleProperties {
        if (attemptsPerAccount < 0 || attemptsPerAddress < 0) {
            throw new IllegalArgumentException("site.login-throttle attempts must not be negative");
        }
        if (window != null && window.isNegative()) {
            throw new IllegalArgumentException("site.login-throttle.window must not be negative");
        }
        if (attemptsPerAccount == 0) {
            attemptsPerAccount = DEFAULT_ATTEMPTS_PER_ACCOUNT;
        }
        if (attemptsPerAddress == 0) {
            attemptsPerAddress = DEFAULT_ATTEMPTS_PER_ADDRESS;
        }
        if (window == null || window.isZero()) {
            window = DEFAULT_WINDOW;
        }
    }
}
