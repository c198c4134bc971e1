package uk.partnership.base.web.cache;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The page cache's filter, first of all filters, and its files. Whether the filter is registered is read when the
 * application starts ({@code site.page-cache.enabled}), not as a condition on this class: a condition would be decided
 * once at build time in the application processed ahead of time (ADR 0033).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PageCacheConfig {

    /** How long after a page's time to live its file stays, for requests that were about to send it. */
    private static final Duration SENDING_GRACE = Duration.ofMinutes(1);

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageFiles files,
                                                            HandlerParameters parameters,
                                                            PageCacheProperties properties) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, files, parameters));
        registration.setEnabled(properties.enabled());
        // Before the character encoding, session and security filters: a cached answer needs none of them.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The parameters each cached page reads, learnt from Spring MVC's handler methods as the application starts. */
    @Bean
    HandlerParameters handlerParameters(ApplicationContext context, @Qualifier("requestMappingHandlerMapping")
                                        ObjectProvider<RequestMappingHandlerMapping> mappings,
                                        ObjectProvider<RequestMappingHandlerAdapter> adapters) {
        return new HandlerParameters(context, mappings, adapters, PageCacheFilter.PATTERNS);
    }

    /** Large kept bodies on disk, sent with sendfile; deleted when the application stops. */
    @Bean(destroyMethod = "close")
    PageFiles pageFiles(PageCacheProperties properties) {
        return PageFiles.inTemporaryDirectory(properties.sendfileFrom().toBytes(),
                properties.timeToLive().plus(SENDING_GRACE));
    }
}
