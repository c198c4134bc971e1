package uk.partnership.features.events;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.SiteProperties;

/**
 * Upcoming events as JSON at {@code /events.json}, with the calendar's filters, in the shape documented in
 * docs/events-json.md (which promises to keep it). A script on a school's website may read it: the answer
 * names the caller's origin in {@code Access-Control-Allow-Origin} when it is one of the schools' websites, and
 * nothing for any other origin. No cookie is read or sent. ADR 0010.
 */
@Controller
class EventJsonController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final EventCalendar calendar;
    private final EventRequests requests;
    private final SchoolDirectory schools;
    private final CalendarName calendarName;
    private final EventTimes times;
    private final MessageSource messages;
    private final JsonMapper json;
    private final EventLinks links;
    private final SiteProperties site;
    private final Clock clock;

    EventJsonController(EventCalendar calendar, EventRequests requests, SchoolDirectory schools,
                        CalendarName calendarName, EventTimes times, MessageSource messages, JsonMapper json,
                        EventLinks links, SiteProperties site, Clock clock) {
        this.calendar = calendar;
        this.links = links;
        this.requests = requests;
        this.schools = schools;
        this.calendarName = calendarName;
        this.times = times;
        this.messages = messages;
        this.json = json;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/events.json")
    ResponseEntity<String> events(@RequestParam(required = false) @Nullable String limit,
            FilterParameters filterParameters,
            @RequestHeader(value = HttpHeaders.ORIGIN, required = false) @Nullable String origin) {
        EventFilter filter = requests.filter(filterParameters);
        int count = requests.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Instant now = clock.instant();
        List<EventView> events = calendar.upcoming(now, filter, 1, count).events();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partnership", calendarName.current());
        body.put("generated", times.machine(now.atZone(site.timeZone())));
        body.put("calendar", links.calendar(filter));
        body.put("events", events.stream().map(this::event).toList());
        return answer(HttpStatus.OK, origin)
                .cacheControl(EventFeedController.REVALIDATE)
                .body(json.writeValueAsString(body));
    }

    /** A bad parameter is a 400 with the reason as JSON, readable by the same callers. */
    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<String> badRequest(BadRequestException problem, HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", messages.getMessage(problem.messageKey(), problem.arguments(), Locale.UK));
        return answer(HttpStatus.BAD_REQUEST, origin).body(json.writeValueAsString(body));
    }

    private ResponseEntity.BodyBuilder answer(HttpStatus status, @Nullable String origin) {
        var answer = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .varyBy(HttpHeaders.ORIGIN);
        if (origin != null && schools.websiteOrigins().contains(origin)) {
            answer.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
        return answer;
    }

    /** One event, in the documented shape: every field always present, null where there is nothing. */
    private Map<String, Object> event(EventView event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("uid", event.uid().toString());
        data.put("title", event.title());
        data.put("url", site.absolute("/events/" + event.slug()));
        data.put("ics", site.absolute("/events/" + event.slug() + ".ics"));
        data.put("start", times.machine(event.startsAt()));
        data.put("end", times.machine(event.endsAt()));
        data.put("allDay", event.allDay());
        data.put("startDate", event.firstDay().toString());
        data.put("endDate", event.lastDay().toString());
        data.put("status", event.cancelled() ? "cancelled" : "published");
        data.put("summary", event.summary());
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("name", blankToNull(event.venueName()));
        venue.put("address", blankToNull(event.venueAddress()));
        venue.put("onlineUrl", event.onlineUrl() == null ? null : blankToNull(event.onlineUrl()));
        data.put("venue", venue);
        data.put("wholePartnership", event.wholePartnership());
        data.put("schools", event.hosts().stream().map(school -> {
            Map<String, Object> host = new LinkedHashMap<>();
            host.put("slug", school.slug());
            host.put("name", school.name());
            return host;
        }).toList());
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("slug", event.category().slug());
        category.put("name", event.category().name());
        data.put("category", category);
        data.put("audiences", event.audiences().stream().map(audience -> audience.name().toLowerCase(Locale.ROOT))
                .sorted().toList());
        return data;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
