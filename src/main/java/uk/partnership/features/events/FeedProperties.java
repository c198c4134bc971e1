package uk.partnership.features.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the iCalendar subscription feeds.
 *
 * @param concurrentRenders how many feeds one instance renders at once (issue 18, ADR 0019); one more is answered at
 *                          once with the "busy" 503 page. Zero or missing: one per processor, as rendering a feed keeps
 *                          a processor busy
 */
@ConfigurationProperties("site.feed")
record FeedProperties(int concurrentRenders) {

    FeedProperties {
        if (concurrentRenders < 0) {
            throw new IllegalArgumentException("site.feed.concurrent-renders must not be negative");
        }
        if (concurrentRenders == 0) {
            concurrentRenders = Runtime.getRuntime().availableProcessors();
        }
    }
}
