package uk.partnership.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * The actuator serves health only, and no metrics are kept (issue 18, ADR 0038): nothing read them, and Micrometer's
 * registry, its meter binders (JVM, garbage collections, Tomcat, the connection pool, logging) and Spring Boot's
 * configuration of them were 817 of the 22,894 classes a start loaded, about half a second of a start on two cores.
 * The health probes themselves are checked on the packaged jar ({@code PackagedApplicationTest}) and through a
 * database outage ({@code DatabaseOutageTest}).
 */
class HealthWithoutMetricsTest {

    @Test
    void noMetricsLibraryIsOnTheClassPath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry", loader))
                .as("Micrometer's metrics (micrometer-core), left out of spring-boot-starter-actuator in pom.xml")
                .isFalse();
        assertThat(ClassUtils.isPresent(
                "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration", loader))
                .as("Spring Boot's metrics module").isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.boot.health.actuate.endpoint.HealthEndpoint", loader))
                .as("the health endpoint stays").isTrue();
    }
}
