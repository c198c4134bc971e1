package uk.partnership.config;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

import uk.partnership.base.web.SubmissionTokens;
import uk.partnership.base.web.SubmittedOnce;

/** A form posted twice makes one item (issue 15): every signed-in form carries a one-time token. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableScheduling
class FormsConfig {

    @Bean
    static BeanPostProcessor submissionTokens() {
        return SubmissionTokens.decorating();
    }

    @Bean
    SubmittedOnce submittedOnce(JdbcClient jdbc, Clock clock) {
        return new SubmittedOnce(jdbc, clock);
    }

    /** After Spring Security's filters (order -100): the person is known and the CSRF token checked. */
    @Bean
    FilterRegistrationBean<SubmittedOnce> submittedOnceFilter(SubmittedOnce filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }
}
