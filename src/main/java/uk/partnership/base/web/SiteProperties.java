package uk.partnership.base.web;

import java.net.URI;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings that are not partnership content: where the site lives and which clock it keeps.
 *
 * @param baseUrl  the public address of the site, used for absolute links in the sitemap, feeds and e-mails
 * @param timeZone the zone every date and time is shown in
 */
@ConfigurationProperties("site")
public record SiteProperties(URI baseUrl, ZoneId timeZone) {

    public SiteProperties {
        if (baseUrl == null) {
            throw new IllegalArgumentException("site.base-url must be set");
        }
        String text = baseUrl.toString();
        if (text.endsWith("/")) {
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
        if (timeZone == null) {
            timeZone = ZoneId.of("Europe/London");
        }
    }

    /** An absolute URL for a path that starts with a slash. */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
