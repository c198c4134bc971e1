package uk.partnership.features.events;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import uk.partnership.base.web.Bulkhead;
import uk.partnership.base.web.SiteProperties;

/**
 * The calendar as iCalendar: one event's .ics file, and the subscription feed with the calendar's filters.
 * Both send ETag and Last-Modified and answer conditional requests with 304, so phones that poll are cheap.
 * The feed is written to the response event by event, and only so many are rendered at once ({@link FeedConfig}):
 * one more is told the site is busy (issue 18, ADR 0019).
 */
@Controller
class EventFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    /** Google Calendar is reported to drop subscriptions over about 1 MB; a feed stays under this many bytes. */
    static final int MAX_FEED_BYTES = 1_000_000;

    private final EventCalendar calendar;
    private final EventRequests requests;
    private final EventCalendarWriter writer;
    private final Bulkhead feedRenders;
    private final CalendarName calendarName;
    private final SiteProperties site;
    private final Clock clock;

    EventFeedController(EventCalendar calendar, EventRequests requests, EventCalendarWriter writer,
                        Bulkhead feedRenders, CalendarName calendarName, SiteProperties site, Clock clock) {
        this.calendar = calendar;
        this.requests = requests;
        this.writer = writer;
        this.feedRenders = feedRenders;
        this.calendarName = calendarName;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/events/feed.ics")
    void feed(FilterParameters filterParameters, WebRequest request, HttpServletResponse response) throws IOException {
        EventFilter filter = requests.filter(filterParameters);
        Instant now = clock.instant();
        EventCalendar.FeedVersion version = calendar.feedVersion(now, filter);
        // The feed's window moves with the date, so the day is part of its version.
        LocalDate today = LocalDate.ofInstant(now, site.timeZone());
        long lastModified = Math.max(version.lastChange().toEpochMilli(),
                today.atStartOfDay(site.timeZone()).toInstant().toEpochMilli());
        String etag = "\"feed-" + Integer.toHexString(filter.hashCode()) + "-" + version.events() + "-" + version.changes() + "-"
                + version.lastChange().toEpochMilli() + "-" + today + "\"";
        if (request.checkNotModified(etag, lastModified)) {
            return;
        }
        // Only the rendering takes a place: a bad filter and a calendar that is up to date are answered whatever the load.
        try (var place = feedRenders.enter()) {
            CalendarName.CalendarTitle title = calendarName.of(filter);
            BoundedFeed feed = bounded(title, calendar.feed(now, filter, EventCalendar.FEED_MAX_EVENTS), now);
            response.setContentType(TEXT_CALENDAR.toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE.getHeaderValue());
            response.setContentLengthLong(feed.bytes());
            // Not closed: the container ends the response (and the page cache may still hold it).
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            writer.writeFeed(title, feed.events(), this::pageUrl, out);
            out.flush();
        }
    }

    /** The events a feed holds, and its size in bytes. */
    record BoundedFeed(List<EventView> events, long bytes) {
    }

    /**
     * The feed's events, so that it stays under {@link #MAX_FEED_BYTES}: when long descriptions make it bigger, the
     * events furthest from today are left out, a tenth at a time, until it fits. Each event is sized once, and only
     * its size is kept: the feed is then written event by event, never held whole.
     */
    private BoundedFeed bounded(CalendarName.CalendarTitle title, List<EventView> events, Instant now) {
        Map<Long, Integer> eventBytes = new HashMap<>();
        for (EventView event : events) {
            eventBytes.put(event.id(), utf8Length(writer.feedEvent(event, this::pageUrl)));
        }
        long frameBytes = utf8Length(writer.feedOpening(title)) + utf8Length(EventCalendarWriter.FEED_END);
        List<EventView> kept = events;
        long bytes = frameBytes + sum(kept, eventBytes);
        while (bytes > MAX_FEED_BYTES && kept.size() > 1) {
            kept = nearest(kept, now, kept.size() * 9 / 10);
            bytes = frameBytes + sum(kept, eventBytes);
        }
        return new BoundedFeed(kept, bytes);
    }

    private static long sum(List<EventView> events, Map<Long, Integer> eventBytes) {
        return events.stream().mapToLong(event -> eventBytes.get(event.id())).sum();
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The {@code count} events that start nearest to {@code now}, earliest first. */
    static List<EventView> nearest(List<EventView> events, Instant now, int count) {
        Comparator<EventView> distance = Comparator.comparing(
                event -> Duration.between(now, event.startsAt().toInstant()).abs());
        return events.stream().sorted(distance.thenComparing(EventView::id)).limit(count)
                .sorted(Comparator.comparing(EventView::startsAt).thenComparing(EventView::id)).toList();
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
                .body(writer.single(calendarName.current(), event, this::pageUrl));
    }

    private String pageUrl(String slug) {
        return site.absolute("/events/" + slug);
    }
}
