package uk.partnership.features.events;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.web.SiteProperties;

/**
 * Addresses an event page offers: its .ics file, "add to" links for Google and Outlook calendars, a map link
 * to OpenStreetMap (a plain link: nothing from another site is loaded into the page), and subscription links.
 */
@Component
public class EventLinks {

    private static final DateTimeFormatter GOOGLE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter GOOGLE_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter OUTLOOK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final SiteProperties site;

    EventLinks(SiteProperties site) {
        this.site = site;
    }

    record ForEvent(String page, String ics, String google, String outlook, @Nullable String map) {
    }

    /** Subscription addresses for a filtered feed: the same feed over https and as webcal for phones. */
    public record Feed(String https, String webcal, String google) {
    }

    ForEvent of(EventView event) {
        String page = site.absolute("/events/" + event.slug());
        String location = location(event);
        var google = UriComponentsBuilder.fromUriString("https://calendar.google.com/calendar/render")
                .queryParam("action", "TEMPLATE")
                .queryParam("text", event.title())
                .queryParam("dates", event.allDay()
                        ? GOOGLE_DAY.format(event.startDate()) + "/" + GOOGLE_DAY.format(event.endDate().plusDays(1))
                        : GOOGLE_TIME.format(event.startsAt().withZoneSameInstant(ZoneOffset.UTC)) + "/"
                                + GOOGLE_TIME.format(event.endsAt().withZoneSameInstant(ZoneOffset.UTC)))
                .queryParam("details", event.summary() + "\n\n" + page)
                .queryParam("location", location);
        var outlook = UriComponentsBuilder.fromUriString("https://outlook.live.com/calendar/0/deeplink/compose")
                .queryParam("path", "/calendar/action/compose")
                .queryParam("rru", "addevent")
                .queryParam("subject", event.title())
                .queryParam("startdt", event.allDay() ? event.startDate().toString()
                        : OUTLOOK_TIME.format(event.startsAt().withZoneSameInstant(ZoneOffset.UTC)))
                .queryParam("enddt", event.allDay() ? event.endDate().plusDays(1).toString()
                        : OUTLOOK_TIME.format(event.endsAt().withZoneSameInstant(ZoneOffset.UTC)))
                .queryParam("allday", event.allDay())
                .queryParam("body", event.summary() + "\n\n" + page)
                .queryParam("location", location);
        String map = event.venueAddress().isBlank() ? null
                : UriComponentsBuilder.fromUriString("https://www.openstreetmap.org/search")
                        .queryParam("query", event.venueAddress()).build().encode().toUriString();
        return new ForEvent(page, "/events/" + event.slug() + ".ics", google.build().encode().toUriString(),
                outlook.build().encode().toUriString(), map);
    }

    /** The full calendar, filtered as {@code filter}, as an absolute address: for pages shown on other sites. */
    String calendar(EventFilter filter) {
        return site.absolute(filter.addTo(UriComponentsBuilder.fromPath("/events")).build().encode().toUriString());
    }

    public Feed feed(EventFilter filter) {
        String https = filter.addTo(UriComponentsBuilder.fromUriString(site.absolute("/events/feed.ics")))
                .build().encode().toUriString();
        String webcal = https.replaceFirst("^https?://", "webcal://");
        String google = UriComponentsBuilder.fromUriString("https://calendar.google.com/calendar/render")
                .queryParam("cid", webcal).build().encode().toUriString();
        return new Feed(https, webcal, google);
    }

    private static String location(EventView event) {
        if (!event.venueName().isBlank()) {
            return event.venueAddress().isBlank() ? event.venueName() : event.venueName() + ", " + event.venueAddress();
        }
        return event.onlineUrl() == null ? "" : event.onlineUrl();
    }
}
