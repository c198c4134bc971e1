package uk.partnership.features.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import uk.partnership.base.web.SiteProperties;

/**
 * schema.org Event data for search engines, written by Jackson. The result goes inside a script element, so
 * every {@code <} is escaped as {@code \u003c}: no text in it can close the element.
 */
@Component
class EventJsonLd {

    private final JsonMapper json;
    private final EventTimes times;
    private final SiteProperties site;

    EventJsonLd(JsonMapper json, EventTimes times, SiteProperties site) {
        this.json = json;
        this.times = times;
        this.site = site;
    }

    String of(EventView event, String organiser) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", event.title());
        data.put("description", event.summary());
        data.put("url", site.absolute("/events/" + event.slug()));
        data.put("startDate", times.machineStart(event));
        data.put("endDate", times.machineEnd(event));
        data.put("eventStatus", event.cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
        boolean online = event.venueName().isBlank() && event.onlineUrl() != null;
        data.put("eventAttendanceMode", online ? "https://schema.org/OnlineEventAttendanceMode"
                : "https://schema.org/OfflineEventAttendanceMode");
        if (online) {
            data.put("location", Map.of("@type", "VirtualLocation", "url", event.onlineUrl()));
        } else if (!event.venueName().isBlank()) {
            data.put("location", Map.of("@type", "Place", "name", event.venueName(),
                    "address", event.venueAddress()));
        }
        List<Map<String, String>> organisers = event.hosts().stream()
                .map(school -> organisation(school.name(), school.website()))
                .toList();
        data.put("organizer", organisers.isEmpty() ? List.of(organisation(organiser, site.absolute("/"))) : organisers);
        return json.writeValueAsString(data).replace("<", "\\u003c");
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
