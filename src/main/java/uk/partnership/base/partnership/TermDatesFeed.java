package uk.partnership.base.partnership;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.web.SiteProperties;

/**
 * The addresses of a term dates feed (/term-dates.ics, or a school's with {@code ?school=}), offered as the events
 * feed is: over https, as webcal for phones, and as a Google Calendar subscription.
 */
public record TermDatesFeed(String https, String webcal, String google) {

    public static final String PATH = "/term-dates.ics";

    public static TermDatesFeed of(SiteProperties site, @Nullable String schoolSlug) {
        var address = UriComponentsBuilder.fromUriString(site.absolute(PATH));
        if (schoolSlug != null) {
            address.queryParam("school", schoolSlug);
        }
        String https = address.build().encode().toUriString();
        String webcal = https.replaceFirst("^https?://", "webcal://");
        String google = UriComponentsBuilder.fromUriString("https://calendar.google.com/calendar/render")
                .queryParam("cid", webcal).build().encode().toUriString();
        return new TermDatesFeed(https, webcal, google);
    }
}
