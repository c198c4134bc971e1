package uk.partnership.features.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import uk.partnership.base.schools.SchoolView;

/**
 * The month calendar's event items, each day's written here as HTML rather than by the template (ADR 0037): a month
 * holds a few hundred of them, and Thymeleaf's work on their elements was half of {@code /events}' CPU (issue 18).
 * Every text and attribute value is escaped; the words are the messages the template used. The markup is what
 * {@code events/month.html} wrote before, and {@code fragments/events :: hosts} for the schools.
 */
public record MonthItems(Map<LocalDate, String> byDay) {

    /** The items of a day's list: its lane slots, then its own events; empty when it has none. */
    public String of(LocalDate day) {
        return byDay.getOrDefault(day, "");
    }

    /** Writes the items of every day of a month. */
    @Component
    static class Writer {

        private final MessageSource messages;

        Writer(MessageSource messages) {
            this.messages = messages;
        }

        /** The items of the grid's days, their links keeping {@code filterQuery} ("?school=...", or empty). */
        MonthItems write(MonthGrid grid, String filterQuery, Locale locale) {
            var words = new Words(messages.getMessage("events.cancelled.label", null, locale),
                    messages.getMessage("events.postponed.label", null, locale),
                    messages.getMessage("events.hosts.partnership", null, locale));
            Map<LocalDate, String> byDay = new HashMap<>();
            var html = new StringBuilder(8192);
            for (MonthGrid.Week week : grid.weeks()) {
                for (MonthGrid.Day day : week.days()) {
                    if (!day.hasItems()) {
                        continue;
                    }
                    html.setLength(0);
                    for (MonthGrid.Slot slot : day.bars()) {
                        bar(html, slot, filterQuery, words);
                    }
                    for (MonthGrid.Entry entry : day.events()) {
                        html.append("<li>");
                        item(html, entry.event(), "event-item", entry.time(), false, filterQuery, words);
                        html.append("</li>");
                    }
                    byDay.put(day.date(), html.toString());
                }
            }
            return new MonthItems(byDay);
        }

        /** A lane slot: an event of several days drawn across the cells it spans, or an empty slot kept for the lane. */
        private static void bar(StringBuilder html, MonthGrid.Slot slot, String filterQuery, Words words) {
            html.append("<li class=\"").append(escape(slot.cssClasses())).append('"');
            if (slot.event() == null || slot.continued()) {
                // Shown, but read out once only: where the bar starts.
                html.append(" aria-hidden=\"true\"");
            }
            html.append('>');
            if (slot.event() != null) {
                item(html, slot.event(), "event-item event-item--bar " + slot.colourClass(), slot.time(),
                        slot.continued(), filterQuery, words);
            }
            html.append("</li>");
        }

        private static void item(StringBuilder html, EventView event, String classes, String time, boolean continued,
                                 String filterQuery, Words words) {
            html.append("<div class=\"").append(escape(classes));
            if (event.cancelled()) {
                html.append(" event-item--cancelled");
            }
            html.append("\"><a class=\"event-item__link\" href=\"")
                    .append(escape("/events/" + event.slug() + filterQuery)).append('"');
            if (continued) {
                html.append(" tabindex=\"-1\"");
            }
            html.append("> <span class=\"event-item__time\">").append(escape(time))
                    .append("</span> <span class=\"event-item__title\">").append(escape(event.title()))
                    .append("</span> </a> ");
            if (event.cancelled()) {
                html.append("<strong class=\"label label--cancelled\">")
                        .append(escape(event.postponed() ? words.postponed() : words.cancelled()))
                        .append("</strong> ");
            }
            html.append("<span class=\"tags\"> ");
            for (SchoolView school : event.hosts()) {
                html.append("<span class=\"school-tag ").append(escape(school.tagClass())).append("\">")
                        .append(escape(school.name())).append("</span>");
            }
            if (event.wholePartnership()) {
                html.append(" <span class=\"school-tag school-tag--partnership\">").append(escape(words.partnership()))
                        .append("</span>");
            }
            html.append(" </span></div>");
        }

        /** The text with the characters HTML gives a meaning escaped; most texts have none, and are kept as they are. */
        private static String escape(String text) {
            for (int i = 0; i < text.length(); i++) {
                switch (text.charAt(i)) {
                    case '<', '>', '&', '"', '\'' -> {
                        return HtmlUtils.htmlEscape(text, "UTF-8");
                    }
                    default -> {
                    }
                }
            }
            return text;
        }

        private record Words(String cancelled, String postponed, String partnership) {
        }
    }
}
