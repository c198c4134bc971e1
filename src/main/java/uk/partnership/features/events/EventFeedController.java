package uk.partnership.features.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * The calendar as iCalendar: one event's .ics file, and the subscription feed with the calendar's filters (written
 * by {@link EventFeeds}). Both send ETag and Last-Modified and answer conditional requests with 304, so phones that
 * poll are cheap.
 */
@Controller
class EventFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final EventCalendar calendar;
    private final EventRequests requests;
    private final EventFeeds feeds;
    private final EventCalendarWriter writer;
    private final CalendarName calendarName;

    EventFeedController(EventCalendar calendar, EventRequests requests, EventFeeds feeds, EventCalendarWriter writer,
                        CalendarName calendarName) {
        this.calendar = calendar;
        this.requests = requests;
        this.feeds = feeds;
        this.writer = writer;
        this.calendarName = calendarName;
    }

    @GetMapping("/events/feed.ics")
    void feed(FilterParameters filterParameters, WebRequest request, HttpServletResponse response) throws IOException {
        feeds.filtered(requests.filter(filterParameters), request, response);
    }

    @GetMapping("/events/{slug}.ics")
    @Nullable Object event(@PathVariable String slug, WebRequest request) {
        var found = calendar.bySlug(slug);
        if (found.isEmpty()) {
            return requests.redirectIfRenamed(slug, ".ics");
        }
        EventView event = found.get();
        String etag = "\"event-" + event.uid() + "-" + event.sequence() + "-" + event.updatedAt().toEpochMilli() + "\"";
        if (request.checkNotModified(etag, event.updatedAt().toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(REVALIDATE)
                .header("Content-Disposition", "attachment; filename=\"" + event.slug() + ".ics\"")
                .body(writer.single(calendarName.current(), event, feeds::pageUrl));
    }
}
