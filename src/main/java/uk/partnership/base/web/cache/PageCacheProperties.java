package uk.partnership.base.web.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the cache of rendered public responses.
 *
 * @param enabled      whether public responses are cached at all
 * @param timeToLive   the longest a rendered response is served; bounds how late time-dependent content
 *                     (what is "upcoming", today's date) follows the clock
 * @param maximumSize  the memory the cached bodies may use together
 * @param maximumEntry the largest single body that is cached
 * @param sendfileFrom the smallest body (as sent, so after compression) that is kept in a file too and sent
 *                     with the kernel's sendfile where the server supports it (Tomcat's own threshold)
 */
@ConfigurationProperties("site.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("60s") Duration timeToLive,
                                  @DefaultValue("32MB") DataSize maximumSize,
                                  @DefaultValue("4MB") DataSize maximumEntry,
                                  @DefaultValue("48KB") DataSize sendfileFrom) {
}
