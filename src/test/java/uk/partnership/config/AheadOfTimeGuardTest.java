package uk.partnership.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AheadOfTimeGuardTest {

    @Test
    void demoProfileIsRefusedInTheApplicationProcessedAtBuildTime() {
        assertThatThrownBy(() -> AheadOfTimeGuard.check(true, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without -Dspring.aot.enabled=true");
    }

    @Test
    void demoWithoutProcessingAndProductionWithItStart() {
        assertThatCode(() -> AheadOfTimeGuard.check(false, true)).doesNotThrowAnyException();
        assertThatCode(() -> AheadOfTimeGuard.check(true, false)).doesNotThrowAnyException();
    }
}
