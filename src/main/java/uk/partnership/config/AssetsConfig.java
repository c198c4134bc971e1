package uk.partnership.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The templates write the stylesheets' and scripts' hashed addresses themselves ({@code base.web.Assets}), so Spring
 * Boot's filter that rewrites every link of every page through the resource chain is not registered: a registration
 * of it, disabled, takes the place of Boot's (issue 18).
 */
@Configuration(proxyBeanMethods = false)
class AssetsConfig {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
