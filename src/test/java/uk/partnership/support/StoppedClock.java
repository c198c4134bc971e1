package uk.partnership.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

/**
 * Stops the {@link TestClock} before each test of the class (before its {@code @BeforeEach} methods), at
 * {@link #value()} or, when that is empty, at the real time to the minute. It is not part of the context's
 * configuration, so classes with different clocks still share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface StoppedClock {

    /** An instant such as {@code 2026-10-20T12:00:00Z}; empty for the real time to the minute. */
    String value() default "";

    /** Sets the clock as the class asks before each test, and lets it follow the real time again after it. */
    final class Listener implements TestExecutionListener, Ordered {

        @Override
        public void beforeTestMethod(TestContext test) {
            StoppedClock stopped = TestContextAnnotationUtils.findMergedAnnotation(test.getTestClass(), StoppedClock.class);
            if (stopped != null && test.hasApplicationContext()) {
                TestClock clock = test.getApplicationContext().getBean(TestClock.class);
                if (stopped.value().isEmpty()) {
                    clock.stopNow();
                } else {
                    clock.set(Instant.parse(stopped.value()));
                }
            }
        }

        @Override
        public void afterTestMethod(TestContext test) {
            if (test.hasApplicationContext()) {
                test.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
            }
        }

        @Override
        public int getOrder() {
            // Before the transaction and the security context are set up, so both see the test's time.
            return 0;
        }
    }
}
