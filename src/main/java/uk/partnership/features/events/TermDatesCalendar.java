package uk.partnership.features.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.TextList;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.partnership.base.partnership.TermDateKind;
import uk.partnership.base.partnership.TermDateView;

/**
 * The term dates as an iCalendar feed, written as the events feed is ({@link EventCalendarWriter}: the same opening,
 * folding and end): all-day entries with DATE values and an exclusive DTEND, marked TRANSPARENT so they never show
 * a parent as busy. A holiday or INSET day is one entry over its days; a term is two one-day entries, its first and
 * its last day ("Spring term starts", "Spring term ends"), rather than a bar across fifteen weeks of a phone's
 * calendar. UIDs are derived from the entry's id, so they stay the same for its whole life; SEQUENCE is its version.
 */
@Component
class TermDatesCalendar {

    private final EventCalendarWriter writer;
    private final MessageSource messages;

    TermDatesCalendar(EventCalendarWriter writer, MessageSource messages) {
        this.writer = writer;
        this.messages = messages;
    }

    /**
     * @param stamp DTSTAMP of every entry: when the feed was made (to the day, so the text changes at most daily)
     * @param page  the public page the entries link to
     */
    String feed(String name, List<TermDateView> entries, Instant stamp, String page) {
        StringBuilder ics = new StringBuilder(writer.feedOpening(new CalendarName.CalendarTitle(name, null)));
        for (TermDateView entry : entries) {
            if (entry.kind() == TermDateKind.TERM) {
                ics.append(entry(entry, "start", message("termDates.feed.termStarts", entry.name()),
                        entry.firstDay(), entry.firstDay(), stamp, page));
                ics.append(entry(entry, "end", message("termDates.feed.termEnds", entry.name()),
                        entry.lastDay(), entry.lastDay(), stamp, page));
            } else {
                ics.append(entry(entry, "days", entry.name(), entry.firstDay(), entry.lastDay(), stamp, page));
            }
        }
        return ics.append(EventCalendarWriter.FEED_END).toString();
    }

    private String entry(TermDateView entry, String part, String summary, LocalDate first, LocalDate last,
                         Instant stamp, String page) {
        VEvent vevent = new VEvent(false);
        vevent.withProperty(new Uid(uid(entry, part)))
                .withProperty(new DtStamp(stamp))
                .withProperty(new DtStart<>(first))
                .withProperty(new DtEnd<>(last.plusDays(1)))
                .withProperty(new Sequence(entry.version()))
                .withProperty(new Summary(summary))
                .withProperty(new Description(message("termDates.feed.description." + entry.kind().name(), page)))
                .withProperty(new Categories(new TextList(List.of(message("termDates.kind." + entry.kind().name())))))
                .withProperty(new Url(URI.create(page)))
                .withProperty(ImmutableTransp.TRANSPARENT);
        return EventCalendarWriter.folded(vevent.toString());
    }

    /** A UUID made from the entry's id and which part of it this is: stable whatever is edited. */
    static String uid(TermDateView entry, String part) {
        return UUID.nameUUIDFromBytes(("term-date:" + entry.id() + ":" + part).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static Instant day(LocalDate today) {
        return today.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, Locale.UK);
    }
}
