package uk.partnership.features.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.partnership.base.web.Bulkhead;

@Configuration(proxyBeanMethods = false)
class FeedConfig {

    /**
     * The subscription feeds rendered at once on this instance: each holds up to a thousand events and writes up to a
     * megabyte, and 64 of them at once filled the heap (issue 18).
     */
    @Bean
    Bulkhead feedRenders(FeedProperties properties) {
        return new Bulkhead("feed renders", properties.concurrentRenders());
    }
}
