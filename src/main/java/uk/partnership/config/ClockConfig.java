package uk.partnership.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.partnership.base.web.SiteProperties;

/** The one clock the application reads time from, so tests can move it across the clock changes. */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(SiteProperties site) {
        return Clock.system(site.timeZone());
    }
}
