package uk.partnership.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that drives the shared Chromium ({@link Browser}). {@code ./mvnw test} leaves these out, for a
 * quick inner loop; {@code ./mvnw verify} runs them after the others, through the Failsafe plugin (see pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(BrowserTest.TAG)
public @interface BrowserTest {

    /** The JUnit tag of the browser tests, which pom.xml names. */
    String TAG = "browser";
}
