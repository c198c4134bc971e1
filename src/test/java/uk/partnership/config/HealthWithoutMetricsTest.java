package uk.partnership.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

/**
 * The actuator serves health only, and no metrics are kept (issue 18): nothing reads them, and Micrometer's registry,
 * meter binders (JVM, garbage collection, Tomcat, the connection pool, logging) and Spring Boot's configuration of
 * them were 817 of the 22,894 classes a start loaded and 0.4-0.7 s of a start on two cores, and did work on every
 * connection the pool handed out and every garbage collection. The health probes themselves are checked on the packaged jar ({@code PackagedApplicationTest})
 * and through a database outage ({@code DatabaseOutageTest}).
 */
class HealthWithoutMetricsTest {

    @Test
    void noMetricsLibraryIsOnTheClassPath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry", loader))
                .as("Micrometer's metrics (micrometer-core), left out of spring-boot-starter-actuator in pom.xml").isFalse();
        assertThat(ClassUtils.isPresent(
                "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration", loader))
                .as("Spring Boot's metrics module").isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.boot.health.actuate.endpoint.HealthEndpoint", loader))
                .as("the health endpoint stays").isTrue();
    }
}
