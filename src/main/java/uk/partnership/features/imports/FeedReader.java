package uk.partnership.features.imports;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SiteProperties;

/**
 * Reads a feed with ical4j as real producers write it (ADR 0030): Google Calendar's UTC times, Outlook's and
 * Exchange's Windows zone names ({@link WindowsZones}), floating times (read in the site's zone), all-day entries,
 * folded lines, a missing DTEND (a day for an all-day entry; the event module gives a timed one an hour), DURATION,
 * STATUS:CANCELLED, and RRULE with EXDATE and RECURRENCE-ID overrides, expanded by ical4j within the window. An entry
 * repeating more often than daily is left out, and a feed of more than {@value #MOST} dates is refused.
 */
@org.springframework.stereotype.Component
class FeedReader {

    static final int MOST = 5000;
    private static final DateTimeFormatter UTC_KEY = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_KEY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ZoneId zone;

    FeedReader(SiteProperties site) {
        this.zone = site.timeZone();
    }

    /** Every date of every entry from {@code from} to {@code until}. */
    List<Occurrence> read(byte[] feed, Instant from, Instant until) throws FeedProblem {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(new String(feed, StandardCharsets.UTF_8)));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new FeedProblem("unreadable", e instanceof ParserException p ? p.getLineNo() : 0);
        }
        Set<String> defined = new HashSet<>();
        for (Component timezone : calendar.getComponents(Component.VTIMEZONE)) {
            timezone.getProperty(Property.TZID).ifPresent(tzid -> defined.add(tzid.getValue()));
        }
        Map<String, VEvent> masters = new LinkedHashMap<>();
        Map<String, List<VEvent>> overrides = new HashMap<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            Optional<Property> uid = event.getProperty(Property.UID);
            if (uid.isEmpty() || uid.get().getValue().isBlank() || event.getProperty(Property.DTSTART).isEmpty()) {
                continue;
            }
            if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.computeIfAbsent(uid.get().getValue(), key -> new ArrayList<>()).add(event);
            } else {
                masters.putIfAbsent(uid.get().getValue(), event);
            }
        }
        Times times = new Times(zone, defined);
        List<Occurrence> found = new ArrayList<>();
        try {
            for (Map.Entry<String, VEvent> master : masters.entrySet()) {
                Map<String, VEvent> changed = new HashMap<>();
                for (VEvent override : overrides.getOrDefault(master.getKey(), List.of())) {
                    changed.put(times.key(override.<DateProperty<Temporal>>getProperty(Property.RECURRENCE_ID)
                            .orElseThrow()), override);
                }
                expand(master.getKey(), master.getValue(), changed, times, from, until, found);
                if (found.size() > MOST) {
                    throw new FeedProblem("tooMany", MOST);
                }
            }
            // Overrides of an entry whose own dates are out of the window, or that has no master here.
            for (Map.Entry<String, List<VEvent>> entry : overrides.entrySet()) {
                for (VEvent override : entry.getValue()) {
                    String key = times.key(override.<DateProperty<Temporal>>getProperty(Property.RECURRENCE_ID)
                            .orElseThrow());
                    boolean done = found.stream().anyMatch(o -> o.uid().equals(entry.getKey())
                            && o.recurrenceId().equals(key));
                    Occurrence occurrence = occurrence(entry.getKey(), key, override, null, times);
                    if (!done && within(occurrence, from, until)) {
                        found.add(occurrence);
                    }
                }
            }
        } catch (DateTimeException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new FeedProblem("unreadable", 0);
        }
        return found;
    }

    private void expand(String uid, VEvent master, Map<String, VEvent> changed, Times times, Instant from,
                        Instant until, List<Occurrence> found) {
        Optional<RRule<?>> rule = master.getProperty(Property.RRULE);
        boolean repeats = rule.isPresent() || master.getProperty(Property.RDATE).isPresent();
        if (!repeats) {
            Occurrence single = occurrence(uid, "", master, null, times);
            if (within(single, from, until)) {
                found.add(single);
            }
            return;
        }
        if (rule.isPresent() && rule.get().getRecur().getFrequency().compareTo(
                net.fortuna.ical4j.transform.recurrence.Frequency.DAILY) < 0) {
            return;
        }
        // A day's margin each side, so an entry starting just inside the window in any zone is found.
        Period<ZonedDateTime> window = new Period<>(from.minus(1, ChronoUnit.DAYS).atZone(ZoneOffset.UTC),
                until.plus(1, ChronoUnit.DAYS).atZone(ZoneOffset.UTC));
        Set<Period<Temporal>> dates = master.calculateRecurrenceSet(window);
        DateProperty<Temporal> start = master.<DateProperty<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        for (Period<Temporal> date : dates) {
            String key = times.key(date.getStart(), start);
            VEvent override = changed.get(key);
            Occurrence occurrence = override != null ? occurrence(uid, key, override, null, times)
                    : occurrence(uid, key, master, date.getStart(), times);
            if (within(occurrence, from, until)) {
                found.add(occurrence);
            }
        }
    }

    private static boolean within(Occurrence occurrence, Instant from, Instant until) {
        return occurrence.endsAt().isAfter(from) && occurrence.startsAt().isBefore(until);
    }

    /** One date of {@code event}: its own start, or {@code at} (a date its rule gives) keeping its length. */
    private Occurrence occurrence(String uid, String key, VEvent event, @Nullable Temporal at, Times times) {
        DateProperty<Temporal> start = event.<DateProperty<Temporal>>getProperty(Property.DTSTART).orElseThrow();
        Optional<DateProperty<Temporal>> end = event.getProperty(Property.DTEND);
        Temporal first = at != null ? at : start.getDate();
        String title = text(event, Property.SUMMARY);
        String description = text(event, Property.DESCRIPTION);
        String location = text(event, Property.LOCATION);
        String categories = String.join(", ", event.getProperties(Property.CATEGORIES).stream()
                .map(Property::getValue).toList());
        boolean cancelled = text(event, Property.STATUS).equalsIgnoreCase("CANCELLED");
        if (first instanceof LocalDate day) {
            long days = 1;
            if (end.isPresent() && end.get().getDate() instanceof LocalDate last) {
                days = Math.max(1, ChronoUnit.DAYS.between((LocalDate) start.getDate(), last));
            } else {
                TemporalAmount length = duration(event);
                if (length instanceof java.time.Period period) {
                    days = Math.max(1, ChronoUnit.DAYS.between(day, day.plus(period)));
                } else if (length instanceof Duration duration) {
                    days = Math.max(1, duration.toDays());
                }
            }
            LocalDate last = day.plusDays(days - 1);
            return new Occurrence(uid, key, title, description, location, categories, true,
                    day.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), day, last,
                    cancelled);
        }
        Instant startsAt = times.instant(first, start);
        Instant ownStart = times.instant(start.getDate(), start);
        Duration length = end.isPresent() ? Duration.between(ownStart, times.instant(end.get().getDate(), end.get()))
                : duration(event) instanceof Duration duration ? duration : Duration.ZERO;
        Instant endsAt = startsAt.plus(length.isNegative() ? Duration.ZERO : length);
        return new Occurrence(uid, key, title, description, location, categories, false, startsAt, endsAt,
                startsAt.atZone(zone).toLocalDate(), endsAt.atZone(zone).toLocalDate(), cancelled);
    }

    private static @Nullable TemporalAmount duration(VEvent event) {
        return event.<net.fortuna.ical4j.model.property.Duration>getProperty(Property.DURATION)
                .map(net.fortuna.ical4j.model.property.Duration::getDuration).orElse(null);
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).map(String::strip).orElse("");
    }

    /** How a date property's value becomes an instant, and an occurrence's key. */
    private record Times(ZoneId site, Set<String> defined) {

        /** Where a TZID'd local time is: a Windows name's zone, an IANA zone, or null to trust ical4j's reading. */
        private @Nullable ZoneId zoneOf(DateProperty<?> property) {
            Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
            if (tzid.isEmpty()) {
                return null;
            }
            String name = tzid.get().getValue();
            Optional<ZoneId> windows = WindowsZones.of(name);
            if (windows.isPresent()) {
                return windows.get();
            }
            try {
                return ZoneId.of(name.strip());
            } catch (DateTimeException notIana) {
                // A zone the feed defines itself is read with its VTIMEZONE; an unknown one as the site's time.
                return defined.contains(name) ? null : site;
            }
        }

        Instant instant(Temporal value, DateProperty<?> property) {
            ZoneId named = zoneOf(property);
            return switch (value) {
                case ZonedDateTime zoned -> named != null ? zoned.toLocalDateTime().atZone(named).toInstant()
                        : zoned.toInstant();
                case LocalDateTime floating -> floating.atZone(named != null ? named : site).toInstant();
                case OffsetDateTime offset -> offset.toInstant();
                case Instant instant -> instant;
                case LocalDate day -> day.atStartOfDay(site).toInstant();
                default -> throw new DateTimeException("not a date: " + value);
            };
        }

        String key(DateProperty<Temporal> property) {
            return key(property.getDate(), property);
        }

        String key(Temporal value, DateProperty<?> property) {
            return value instanceof LocalDate day ? DAY_KEY.format(day) : UTC_KEY.format(instant(value, property));
        }
    }
}
