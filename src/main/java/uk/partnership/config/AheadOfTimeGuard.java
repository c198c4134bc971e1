package uk.partnership.config;

import org.springframework.aot.AotDetector;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the demo from the application processed at build time ({@code -Dspring.aot.enabled=true}, ADR
 * 0033): there the beans of the {@code demo} profile (its mail catcher, its mailbox pages, its pictures) were left out
 * when the jar was built, and the demo would start without them and without saying so. The demo runs without
 * ahead-of-time processing ({@code spring-boot:run}).
 */
@Component
class AheadOfTimeGuard {

    AheadOfTimeGuard(Environment environment) {
        check(AotDetector.useGeneratedArtifacts(), environment.matchesProfiles("demo"));
    }

    static void check(boolean aheadOfTime, boolean demo) {
        if (aheadOfTime && demo) {
            throw new IllegalStateException("The demo profile cannot run the application processed at build time, "
                    + "whose beans were chosen without it: start the demo without -Dspring.aot.enabled=true");
        }
    }
}
