package uk.partnership.features.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.SiteProperties;

/**
 * schema.org Event data for search engines, written by Jackson. The result goes inside a script element, so
 * every {@code <} is escaped as {@code \u003c}: no text in it can close the element.
 */
@Component
class EventJsonLd {

    /** A UK postcode: "OX14 1DE", "SW1A 1AA". */
    static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\\b",
            Pattern.CASE_INSENSITIVE);

    private final JsonMapper json;
    private final EventTimes times;
    private final SiteProperties site;

    EventJsonLd(JsonMapper json, EventTimes times, SiteProperties site) {
        this.json = json;
        this.times = times;
        this.site = site;
    }

    /**
     * The event as Google's Event rich result wants it: a location always (the venue, the online link, both, or the
     * host school), a PostalAddress wherever an address is known, the status (cancelled, postponed, rescheduled with
     * the previous start), offers where there is a booking link, and the organiser.
     */
    String of(EventView event, String organiser) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", event.title());
        data.put("description", event.summary());
        data.put("url", site.absolute("/events/" + event.slug()));
        data.put("startDate", times.machineStart(event));
        data.put("endDate", times.machineEnd(event));
        data.put("eventStatus", "https://schema.org/" + status(event));
        if (event.postponedFrom() != null) {
            data.put("previousStartDate", times.machine(event.postponedFrom()));
        }
        boolean inPerson = !event.venueName().isBlank() || !event.venueAddress().isBlank();
        boolean online = event.onlineUrl() != null && !event.onlineUrl().isBlank();
        data.put("eventAttendanceMode", "https://schema.org/" + (inPerson && online ? "MixedEventAttendanceMode"
                : online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
        List<Map<String, Object>> locations = new ArrayList<>();
        if (inPerson) {
            locations.add(place(event.venueName().isBlank() ? event.venueAddress() : event.venueName(),
                    event.venueAddress().isBlank() ? hostAddress(event) : event.venueAddress()));
        }
        if (online) {
            locations.add(Map.of("@type", "VirtualLocation", "url", event.onlineUrl()));
        }
        if (locations.isEmpty()) {
            // Neither venue nor link: the event is at its host school (or with the partnership).
            locations.add(event.hosts().isEmpty() ? place(organiser, "")
                    : place(event.hosts().getFirst().name(), hostAddress(event)));
        }
        data.put("location", locations.size() == 1 ? locations.getFirst() : locations);
        if (event.bookingUrl() != null && !event.bookingUrl().isBlank()) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            offer.put("url", event.bookingUrl());
            offer.put("availability", "https://schema.org/" + (event.cancelled() ? "SoldOut" : "InStock"));
            data.put("offers", offer);
        }
        List<Map<String, String>> organisers = event.hosts().stream()
                .map(school -> organisation(school.name(), school.website()))
                .toList();
        data.put("organizer", organisers.isEmpty() ? List.of(organisation(organiser, site.absolute("/"))) : organisers);
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }

    private static String status(EventView event) {
        if (event.postponed()) {
            return "EventPostponed";
        }
        if (event.cancelled()) {
            return "EventCancelled";
        }
        return event.postponedFrom() != null ? "EventRescheduled" : "EventScheduled";
    }

    private static String hostAddress(EventView event) {
        return event.hosts().stream().map(SchoolView::address).filter(address -> !address.isBlank()).findFirst()
                .orElse("");
    }

    private static Map<String, Object> place(String name, String address) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", name);
        if (!address.isBlank()) {
            place.put("address", postalAddress(address));
        }
        return place;
    }

    /**
     * An address typed on one line ("Park Road, Abingdon OX14 1DE") as a PostalAddress: the UK postcode, if there is
     * one, the town before it, and the rest as the street.
     */
    static Map<String, String> postalAddress(String address) {
        Map<String, String> postal = new LinkedHashMap<>();
        postal.put("@type", "PostalAddress");
        String rest = address.strip().replaceAll("\\s+", " ");
        Matcher postcode = POSTCODE.matcher(rest);
        String code = null;
        if (postcode.find()) {
            code = postcode.group().toUpperCase(Locale.UK);
            rest = (rest.substring(0, postcode.start()) + rest.substring(postcode.end())).strip();
            rest = rest.replaceAll("[,\\s]+$", "");
        }
        int comma = rest.lastIndexOf(',');
        if (comma > 0) {
            postal.put("streetAddress", rest.substring(0, comma).strip());
            postal.put("addressLocality", rest.substring(comma + 1).strip());
        } else {
            postal.put("streetAddress", rest);
        }
        if (code != null) {
            postal.put("postalCode", code);
        }
        postal.put("addressCountry", "GB");
        return postal;
    }

    private static Map<String, String> organisation(String name, String url) {
        Map<String, String> organisation = new LinkedHashMap<>();
        organisation.put("@type", "Organization");
        organisation.put("name", name);
        if (url != null) {
            organisation.put("url", url);
        }
        return organisation;
    }
}
