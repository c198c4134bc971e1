package uk.partnership.features.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;
import uk.partnership.support.StoppedClock;

/**
 * A test of the public calendar through MockMvc on PostgreSQL, with the clock fixed by {@link FixedClock} and
 * each test's events rolled back afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@StoppedClock(FixedClock.AT)
@Transactional
@interface CalendarTest {
}
