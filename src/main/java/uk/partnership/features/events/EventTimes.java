package uk.partnership.features.events;

import static uk.partnership.base.web.DateFormats.DAY;
import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;
import static uk.partnership.base.web.DateFormats.DAY_WITHOUT_YEAR;
import static uk.partnership.base.web.DateFormats.LONG_DAY;
import static uk.partnership.base.web.DateFormats.MACHINE;
import static uk.partnership.base.web.DateFormats.MONTH;
import static uk.partnership.base.web.DateFormats.TIME;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
/**
 * How the site writes an event's time: "Tue 3 Mar 2026, 16:00–17:30" in the site's zone, with the all-day and
 * multi-day forms, and the machine-readable forms for {@code <time datetime>} and JSON-LD (the offset of the
 * day, +00:00 in winter and +01:00 in summer). Templates call it as {@code @eventTimes}.
 */
@Component("eventTimes")
public class EventTimes {

    static final Locale BRITISH = Locale.UK;
    static final String DASH = "\u2013";

    private final MessageSource messages;

    EventTimes(MessageSource messages) {
        this.messages = messages;
    }

    /** The whole span: "Tue 3 Mar 2026, 16:00–17:30", "Sat 7 Mar 2026, all day", or a range over days. */
    public String when(EventView event) {
        return span(event.allDay(), event.startDate(), event.endDate(), event.startsAt(), event.endsAt());
    }

    /** A date of the coordinator's list, written as {@link #when(EventView)} writes an event. */
    public String when(EventAdminList.Date date) {
        return span(date.allDay(), date.startDate(), date.endDate(), date.startsAt(), date.endsAt());
    }

    private String span(boolean allDay, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                        ZonedDateTime start, ZonedDateTime end) {
        if (allDay && startDate != null && endDate != null) {
            if (startDate.equals(endDate)) {
                return message("events.time.allDay", DAY.format(startDate));
            }
            return DAY.format(startDate) + " " + DASH + " " + DAY.format(endDate);
        }
        // An event ending at midnight ends the day before, as CalendarEvent#lastDay says.
        if (!end.minusNanos(1).toLocalDate().isAfter(start.toLocalDate())) {
            return DAY.format(start) + ", " + TIME.format(start) + DASH + TIME.format(end);
        }
        return DAY.format(start) + ", " + TIME.format(start) + " " + DASH + " " + DAY.format(end) + ", " + TIME.format(end);
    }

    /** What the event is on a given day of the grid or a list: "16:00–17:30", "All day", "Until 12:00". */
    public String onDay(CalendarEvent event, LocalDate day) {
        return onDay(event, day, event.firstDay(), event.lastDay());
    }

    /** As {@link #onDay(CalendarEvent, LocalDate)}, for an event whose first and last day are known. */
    String onDay(CalendarEvent event, LocalDate day, LocalDate firstDay, LocalDate lastDay) {
        if (event.allDay()) {
            return message("events.time.allDayShort");
        }
        boolean starts = firstDay.equals(day);
        boolean ends = lastDay.equals(day);
        if (starts && ends) {
            return TIME.format(event.startsAt()) + DASH + TIME.format(event.endsAt());
        }
        if (starts) {
            return message("events.time.from", TIME.format(event.startsAt()));
        }
        if (ends) {
            return message("events.time.until", TIME.format(event.endsAt()));
        }
        return message("events.time.allDayShort");
    }

    /** "December 2026". */
    public String monthName(YearMonth month) {
        return MONTH.format(month);
    }

    /** A bar of the month grid: its days without the year, "Fri 26 Mar – Sun 28 Mar", with the times if timed. */
    public String range(CalendarEvent event) {
        if (event.allDay()) {
            return DAY_WITHOUT_YEAR.format(event.startDate()) + " " + DASH + " " + DAY_WITHOUT_YEAR.format(event.endDate());
        }
        return DAY_WITHOUT_YEAR.format(event.startsAt()) + ", " + TIME.format(event.startsAt()) + " " + DASH + " "
                + DAY_WITHOUT_YEAR.format(event.endsAt()) + ", " + TIME.format(event.endsAt());
    }

    public String day(LocalDate day) {
        return DAY.format(day);
    }

    public String shortDay(LocalDate day) {
        return DAY_WITHOUT_YEAR.format(day);
    }

    public String longDay(LocalDate day) {
        return LONG_DAY.format(day);
    }

    /** For {@code <time datetime>} and JSON-LD: the local time with the offset of that moment. */
    public String machine(ZonedDateTime time) {
        return MACHINE.format(time);
    }

    public String machineStart(EventView event) {
        return event.allDay() ? event.startDate().toString() : machine(event.startsAt());
    }

    public String machineEnd(EventView event) {
        return event.allDay() ? event.endDate().toString() : machine(event.endsAt());
    }

    /** "Repeats weekly on Tuesdays until Tuesday 15 December 2026." and the other forms of a series' rule. */
    public String repeats(SeriesSummary series) {
        String weekday = message("events.weekday.long." + series.firstDay().getDayOfWeek().getValue());
        String until = series.lastDay() == null ? "" : LONG_DAY.format(series.lastDay());
        String ordinal = series.weekOfMonth() == 0 ? "" : message("events.series.ordinal." + series.weekOfMonth());
        return message("events.series." + series.frequency(), weekday, until, ordinal, series.firstDay().getDayOfMonth());
    }

    /** An other date of a series, as a list shows it: "Tue 10 Nov 2026, 16:00–17:00". */
    public String otherDate(SeriesSummary.OtherDate date) {
        if (date.allDay()) {
            return message("events.time.allDay", DAY.format(date.day()));
        }
        return DAY.format(date.startsAt()) + ", " + TIME.format(date.startsAt()) + DASH + TIME.format(date.endsAt());
    }

    public String machineOtherDate(SeriesSummary.OtherDate date) {
        return date.allDay() ? date.day().toString() : machine(date.startsAt());
    }

    /** When a start is, as a notice says it: "Tue 3 Mar 2026, 16:00", or "Tue 3 Mar 2026" for an all-day event. */
    public String start(ZonedDateTime startsAt, boolean allDay) {
        return (allDay ? DAY : DAY_AND_TIME).format(startsAt);
    }

    /**
     * When the event starts or ends in the hour repeated as the clocks go back, the note that says which of the two it
     * is (the first); null otherwise. The event form shows it.
     */
    public @Nullable String repeatedHour(EventView event) {
        if (event.allDay()) {
            return null;
        }
        for (ZonedDateTime time : List.of(event.startsAt(), event.endsAt())) {
            if (time.getZone().getRules().getValidOffsets(time.toLocalDateTime()).size() > 1) {
                return message("events.time.repeatedHour", TIME.format(time),
                        LONG_DAY.format(time));
            }
        }
        return null;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, BRITISH);
    }
}
