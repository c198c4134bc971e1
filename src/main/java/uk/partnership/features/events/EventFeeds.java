package uk.partnership.features.events;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.WebRequest;

import uk.partnership.base.web.Bulkhead;
import uk.partnership.base.web.SiteProperties;

/**
 * Writes a subscription feed to the response: the calendar's with its filters (/events/feed.ics), or a strand of
 * work's, the events of a programme page's category and series (/programmes/{slug}/feed.ics). Either sends ETag and
 * Last-Modified and answers a conditional request with 304, so phones that poll are cheap; the feed is written event
 * by event, under {@link #MAX_FEED_BYTES}, and only so many are rendered at once ({@link FeedConfig}): one more is
 * told the site is busy (issue 18, ADR 0019).
 */
@Service
public class EventFeeds {

    /** Google Calendar is reported to drop subscriptions over about 1 MB; a feed stays under this many bytes. */
    static final int MAX_FEED_BYTES = 1_000_000;

    private final EventCalendar calendar;
    private final EventCalendarWriter writer;
    private final Bulkhead feedRenders;
    private final CalendarName calendarName;
    private final SiteProperties site;
    private final Clock clock;

    EventFeeds(EventCalendar calendar, EventCalendarWriter writer, Bulkhead feedRenders, CalendarName calendarName,
               SiteProperties site, Clock clock) {
        this.calendar = calendar;
        this.writer = writer;
        this.feedRenders = feedRenders;
        this.calendarName = calendarName;
        this.site = site;
        this.clock = clock;
    }

    /** The calendar's feed with {@code filter}, already checked. */
    void filtered(EventFilter filter, WebRequest request, HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        respond("feed-" + Integer.toHexString(filter.hashCode()), calendar.feedVersion(now, filter),
                () -> calendarName.of(filter), at -> calendar.feed(at, filter, EventCalendar.FEED_MAX_EVENTS),
                now, request, response);
    }

    /**
     * The feed of a strand of work named {@code strand}: the public events of its category (if any) and of its
     * series, as its page lists them.
     */
    public void strand(String strand, @Nullable Long categoryId, Collection<Long> seriesIds, WebRequest request,
                       HttpServletResponse response) throws IOException {
        Instant now = clock.instant();
        String key = "strand-" + Integer.toHexString(Objects.hash(strand, categoryId, List.copyOf(seriesIds)));
        respond(key, calendar.strandFeedVersion(now, categoryId, seriesIds), () -> calendarName.ofStrand(strand),
                at -> calendar.strandFeed(at, categoryId, seriesIds, EventCalendar.FEED_MAX_EVENTS),
                now, request, response);
    }

    private void respond(String key, EventCalendar.FeedVersion version, Supplier<CalendarName.CalendarTitle> title,
                         Function<Instant, List<EventView>> events, Instant now, WebRequest request,
                         HttpServletResponse response) throws IOException {
        // The feed's window moves with the date, so the day is part of its version.
        LocalDate today = LocalDate.ofInstant(now, site.timeZone());
        long lastModified = Math.max(version.lastChange().toEpochMilli(),
                today.atStartOfDay(site.timeZone()).toInstant().toEpochMilli());
        String etag = "\"" + key + "-" + version.events() + "-" + version.changes() + "-"
                + version.lastChange().toEpochMilli() + "-" + today + "\"";
        if (request.checkNotModified(etag, lastModified)) {
            return;
        }
        // Only the rendering takes a place: a bad filter and a calendar that is up to date are answered whatever the load.
        try (var place = feedRenders.enter()) {
            CalendarName.CalendarTitle named = title.get();
            BoundedFeed feed = bounded(named, events.apply(now), now);
            response.setContentType(EventFeedController.TEXT_CALENDAR.toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, EventFeedController.REVALIDATE.getHeaderValue());
            response.setContentLengthLong(feed.bytes());
            // Not closed: the container ends the response (and the page cache may still hold it).
            Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            writer.writeFeed(named, feed.events(), this::pageUrl, out);
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

    String pageUrl(String slug) {
        return site.absolute("/events/" + slug);
    }
}
