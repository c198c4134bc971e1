package uk.partnership.base.web.cache;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Listening for content changes, for whichever of the page cache and the kept reads is enabled (tests that write
 * content straight to the database turn both off, and then nothing listens).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ContentChangesConfig {

    @Bean
    ContentChangeListener contentChangeListener(DataSource dataSource, PageCache cache, PageCacheProperties pages,
                                                KeptReads reads) {
        return new ContentChangeListener(dataSource, cache, pages.enabled() || reads.isEnabled());
    }
}
