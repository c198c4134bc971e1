package uk.partnership.web.cache;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The page cache's filter, first of all filters, and its listener, when the cache is enabled. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "site.page-cache.enabled", matchIfMissing = true)
class PageCacheConfig {

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache));
        // Before the character encoding, session and security filters: a cached answer needs none of them.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ContentChangeListener contentChangeListener(DataSource dataSource, PageCache cache) {
        return new ContentChangeListener(dataSource, cache);
    }
}
