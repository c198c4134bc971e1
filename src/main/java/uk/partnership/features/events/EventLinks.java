package uk.partnership.features.events;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.web.SiteProperties;

/**
 * Addresses an event page offers: its .ics file, "add to" links for Google, Outlook.com and Outlook for work or
 * school (Microsoft 365) calendars, a map link
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

    public record ForEvent(String page, String ics, String google, String outlook, String outlookWork, @Nullable String map) {
    }

    /** Subscription addresses for a filtered feed: the same feed over https and as webcal for phones. */
    public record Feed(String https, String webcal, String google) {
    }

    ForEvent of(EventView event) {
        String page = site.absolute("/events/" + event.slug());
        String location = location(event);
        String details = event.summary() + "\n\n" + page;
        Map<String, String> google = new LinkedHashMap<>();
        google.put("action", "TEMPLATE");
        google.put("text", event.title());
        google.put("dates", event.allDay()
                ? GOOGLE_DAY.format(event.startDate()) + "/" + GOOGLE_DAY.format(event.endDate().plusDays(1))
                : GOOGLE_TIME.format(event.startsAt().withZoneSameInstant(ZoneOffset.UTC)) + "/"
                        + GOOGLE_TIME.format(event.endsAt().withZoneSameInstant(ZoneOffset.UTC)));
        google.put("details", details);
        google.put("location", location);
        Map<String, String> outlook = new LinkedHashMap<>();
        outlook.put("path", "/calendar/action/compose");
        outlook.put("rru", "addevent");
        outlook.put("subject", event.title());
        outlook.put("startdt", event.allDay() ? event.startDate().toString()
                : OUTLOOK_TIME.format(event.startsAt().withZoneSameInstant(ZoneOffset.UTC)));
        outlook.put("enddt", event.allDay() ? event.endDate().plusDays(1).toString()
                : OUTLOOK_TIME.format(event.endsAt().withZoneSameInstant(ZoneOffset.UTC)));
        outlook.put("allday", String.valueOf(event.allDay()));
        outlook.put("body", details);
        outlook.put("location", location);
        String map = event.venueAddress().isBlank() ? null
                : "https://www.openstreetmap.org/search" + query(Map.of("query", event.venueAddress()));
        return new ForEvent(page, "/events/" + event.slug() + ".ics",
                "https://calendar.google.com/calendar/render" + query(google),
                "https://outlook.live.com/calendar/0/deeplink/compose" + query(outlook),
                "https://outlook.office.com/calendar/0/deeplink/compose" + query(outlook), map);
    }

    /**
     * A query string with every value percent-encoded strictly: a "+" is sent as %2B and a space as %20, because the
     * calendars read a bare "+" as a space ("C++" would arrive as "C  "). Slashes and colons, which a query may hold
     * as they are, stay readable.
     */
    static String query(Map<String, String> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
                        .replace("%2F", "/").replace("%3A", ":")));
        return query.toString();
    }

    /** The full calendar, filtered as {@code filter}, as an absolute address: for pages shown on other sites. */
    String calendar(EventFilter filter) {
        return site.absolute(filter.addTo(UriComponentsBuilder.fromPath("/events")).build().encode().toUriString());
    }

    public Feed feed(EventFilter filter) {
        return subscription(filter.addTo(UriComponentsBuilder.fromUriString(site.absolute("/events/feed.ics")))
                .build().encode().toUriString());
    }

    /** The subscription links of the feed at {@code path} on this site, such as a programme page's. */
    public Feed feedAt(String path) {
        return subscription(site.absolute(UriComponentsBuilder.fromPath(path).build().encode().toUriString()));
    }

    private static Feed subscription(String https) {
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
