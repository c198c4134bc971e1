package uk.partnership.features.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import uk.partnership.base.web.RichText;

/**
 * Writes events as an iCalendar (RFC 5545) feed with ical4j: one VTIMEZONE for Europe/London, timed events
 * in local London time with TZID (so they stay right across the clock changes), all-day events as DATE values
 * with an exclusive DTEND, a stable UID per event, and SEQUENCE / LAST-MODIFIED from the event, so subscribed
 * calendars pick up edits and cancellations.
 */
@Component
public class EventCalendarWriter {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    /** The last line of every calendar. */
    static final String FEED_END = "END:VCALENDAR" + CRLF;
    private static final Duration REFRESH = Duration.ofHours(12);

    /** Read from ical4j's definitions when a calendar is first written: about 0.15 s start-up no longer waits for. */
    private final Supplier<VTimeZone> londonTimeZone = SingletonSupplier.of(EventCalendarWriter::londonTimeZone);
    private final RichText richText;
    private final MessageSource messages;
    private final EventTimes times;

    public EventCalendarWriter(RichText richText, MessageSource messages, EventTimes times) {
        this.richText = richText;
        this.messages = messages;
        this.times = times;
    }

    private static VTimeZone londonTimeZone() {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone london = registry.getTimeZone(LONDON.getId());
        if (london == null) {
            throw new IllegalStateException("ical4j has no time zone definition for " + LONDON);
        }
        return london.getVTimeZone();
    }

    /**
     * Writes a subscription feed holding {@code events} to {@code out}, one event at a time as it is produced: the
     * calendar's opening ({@link #feedOpening}), each event ({@link #feedEvent}) and {@link #FEED_END}. Nothing holds
     * the whole feed, so the memory it takes does not grow with the number of events.
     *
     * @param title the calendar's name, shown by calendar apps (X-WR-CALNAME) and used in PRODID, and its description
     * @param events the events, published or cancelled (cancelled ones are written with STATUS:CANCELLED)
     * @param pageOf the absolute URL of the public page of the event with a given slug
     */
    void writeFeed(CalendarName.CalendarTitle title, List<EventView> events, Function<String, String> pageOf,
                   Writer out) throws IOException {
        out.write(feedOpening(title));
        for (EventView event : events) {
            out.write(feedEvent(event, pageOf));
        }
        out.write(FEED_END);
    }

    /** The .ics text of a subscription feed holding {@code events}, as {@link #writeFeed} writes it; for tests. */
    String feed(CalendarName.CalendarTitle title, List<EventView> events, Function<String, String> pageOf) {
        StringWriter out = new StringWriter();
        try {
            writeFeed(title, events, pageOf, out);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** A feed's text before its first event: the calendar's properties and its time zone. */
    String feedOpening(CalendarName.CalendarTitle title) {
        Calendar calendar = calendar(title.name());
        calendar.withProperty(new XProperty("X-WR-CALNAME", title.name()))
                .withProperty(new XProperty("X-WR-TIMEZONE", LONDON.getId()))
                .withProperty(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH))
                .withProperty(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        if (title.description() != null) {
            calendar.withProperty(new XProperty("X-WR-CALDESC", title.description()));
        }
        calendar.withComponent(londonTimeZone.get().copy());
        String whole = folded(calendar.toString());
        if (!whole.endsWith(FEED_END)) {
            throw new IllegalStateException("ical4j no longer ends a calendar with " + FEED_END.strip());
        }
        return whole.substring(0, whole.length() - FEED_END.length());
    }

    /** One event's VEVENT in a feed, folded: the same text as in a calendar written whole. */
    String feedEvent(EventView event, Function<String, String> pageOf) {
        return folded(toVEvent(event, pageOf).toString());
    }

    /**
     * The .ics text of one event, to add to a calendar as an appointment: no calendar name or refresh interval, which
     * would make Outlook for Windows open it as a new calendar.
     *
     * @param productName the partnership's name, for PRODID
     */
    String single(String productName, EventView event, Function<String, String> pageOf) {
        Calendar calendar = calendar(productName);
        calendar.withComponent(londonTimeZone.get().copy()).withComponent(toVEvent(event, pageOf));
        return folded(calendar.toString());
    }

    private static Calendar calendar(String productName) {
        return new Calendar().withProdId("-//" + productName + "//Partnership website//EN")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .getFluentTarget();
    }

    private VEvent toVEvent(EventView event, Function<String, String> pageOf) {
        String pageUrl = pageOf.apply(event.slug());
        VEvent vevent = new VEvent(false);
        vevent.withProperty(new Uid(uid(event)))
                .withProperty(new DtStamp(utc(event.updatedAt())));
        if (event.allDay()) {
            LocalDate first = event.firstDay();
            LocalDate last = event.lastDay();
            vevent.withProperty(new DtStart<>(first))
                    .withProperty(new DtEnd<>(last.plusDays(1)));
        }
        else {
            vevent.withProperty(new DtStart<>(london(event.startsAt())))
                    .withProperty(new DtEnd<>(london(event.endsAt())));
        }
        vevent.withProperty(new Sequence(event.sequence()))
                .withProperty(new Created(utc(event.createdAt())))
                .withProperty(new LastModified(utc(event.updatedAt())))
                .withProperty(new Summary(summary(event)))
                .withProperty(new Description(description(event, pageOf)))
                .withProperty(new Url(URI.create(pageUrl)));
        String location = location(event);
        if (!location.isEmpty()) {
            vevent.withProperty(new Location(location));
        }
        if (event.category() != null && !isBlank(event.category().name())) {
            // TextList(List), not TextList(String): the latter parses an escaped value and would split on commas.
            vevent.withProperty(new Categories(new TextList(List.of(text(event.category().name()).strip()))));
        }
        vevent.withProperty(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return vevent;
    }

    /**
     * The event's UUID, as RFC 7986 recommends, and as {@code /events.json} gives it: stable for the event's whole life
     * whatever is edited, and the same if the site moves to another domain.
     */
    static String uid(EventView event) {
        return event.uid().toString();
    }

    /** The title, with "Cancelled: " or "Postponed: " before it when it is, so a phone's agenda says so. */
    String summary(EventView event) {
        String title = text(event.title()).strip();
        if (!event.cancelled()) {
            return title;
        }
        return message(event.postponed() ? "events.feed.postponedSummary" : "events.feed.cancelledSummary", title);
    }

    /**
     * What happened to the event (cancelled, with the reason; postponed, with the new date and its page once it is
     * public), the summary, the description as plain text (calendar apps show no Markdown), where to join online
     * when the location is a venue, and the event's page.
     */
    String description(EventView event, Function<String, String> pageOf) {
        List<String> parts = new ArrayList<>();
        if (event.postponed()) {
            var newDate = event.postponedTo();
            parts.add(event.newDatePublished()
                    ? message("events.feed.postponedNote", times.start(newDate.startsAt(), newDate.allDay()),
                            pageOf.apply(newDate.slug()))
                    : message("events.feed.postponedNoteTba"));
        } else if (event.cancelled()) {
            parts.add(message("events.feed.cancelledNote"));
        }
        if (event.cancelled() && !isBlank(event.cancellationReason())) {
            parts.add(text(event.cancellationReason()).strip());
        }
        addIfPresent(parts, event.summary());
        addIfPresent(parts, richText.toPlainText(event.description()));
        if (!isBlank(event.onlineUrl()) && !isBlank(event.venueName())) {
            parts.add(message("events.feed.online", event.onlineUrl().strip()));
        }
        parts.add(pageOf.apply(event.slug()));
        return String.join("\n\n", parts);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.UK);
    }

    static String location(EventView event) {
        List<String> parts = new ArrayList<>();
        addIfPresent(parts, event.venueName());
        addIfPresent(parts, event.venueAddress());
        if (parts.isEmpty() && !isBlank(event.onlineUrl())) {
            return text(event.onlineUrl()).strip();
        }
        return String.join(", ", parts);
    }

    private static void addIfPresent(List<String> parts, String text) {
        if (!isBlank(text)) {
            parts.add(text(text).strip());
        }
    }

    /** Text with its line breaks as plain newlines, which ical4j escapes; browsers send CRLF from text areas. */
    private static String text(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * A time as local London time (written with TZID=Europe/London), except the second run of the hour repeated
     * when the clocks go back in October: RFC 5545 §3.3.5 reads a repeated local time as its first occurrence, so
     * that one is written in UTC to keep its instant.
     */
    static Temporal london(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(LONDON).truncatedTo(ChronoUnit.SECONDS);
        if (!local.withEarlierOffsetAtOverlap().toInstant().equals(local.toInstant())) {
            return local.toInstant();
        }
        return local;
    }

    private static Instant utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Text of the calendar model folded as ical4j's {@code CalendarOutputter} folds it (without its validation: its
     * iTIP rules for METHOD:PUBLISH want an ORGANIZER, which a public feed has no use for), then refolded to 75 octets.
     * Folding restarts at every line break, so a calendar folded piece by piece, each ending with one, is the same text
     * as the calendar folded whole.
     */
    static String folded(String text) {
        StringWriter out = new StringWriter(text.length() + text.length() / 32);
        try (FoldingWriter folding = new FoldingWriter(out, FoldingWriter.REDUCED_FOLD_LENGTH)) {
            folding.write(text);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return foldLongLines(out.toString());
    }

    /**
     * ical4j folds content lines at 73 characters, not octets, so a line with many non-ASCII characters (accents,
     * "£", "–") can exceed the 75 octets RFC 5545 allows. This refolds only such physical lines, between whole
     * characters, by inserting CRLF and a space; unfolding gives back exactly what ical4j wrote.
     */
    static String foldLongLines(String ics) {
        StringBuilder result = new StringBuilder(ics.length() + 64);
        int start = 0;
        while (start < ics.length()) {
            int end = ics.indexOf(CRLF, start);
            int next = end < 0 ? ics.length() : end + CRLF.length();
            String line = ics.substring(start, end < 0 ? ics.length() : end);
            foldLine(line, result);
            if (end >= 0) {
                result.append(CRLF);
            }
            start = next;
        }
        return result.toString();
    }

    private static void foldLine(String line, StringBuilder result) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int charCount = Character.charCount(codePoint);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                result.append(CRLF).append(' ');
                octets = 1;
            }
            result.append(line, i, i + charCount);
            octets += size;
            i += charCount;
        }
    }

    /**
     * The octets of a code point in UTF-8, without encoding it (this runs for every character of a feed): a lone
     * surrogate counts one, as Java's encoder writes it as '?'.
     */
    static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        if (codePoint < 0x10000) {
            return Character.isSurrogate((char) codePoint) ? 1 : 3;
        }
        return 4;
    }
}
