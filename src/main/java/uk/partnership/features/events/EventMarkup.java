package uk.partnership.features.events;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import uk.partnership.base.images.Picture;
import uk.partnership.base.schools.SchoolView;

/**
 * The markup pages repeat for every event: the month calendar's items, the event card of the lists, a school's page
 * and the home page, and the tags of the schools that host an event; and the filters' checkboxes, one per school,
 * category and audience. It is written here rather than by templates (ADR 0037): a page holds up to a few hundred of
 * them, and Thymeleaf's work element by element was half of the uncached calendar's CPU (issue 18). Every text and
 * attribute value is escaped ({@link #escape}); the words are the messages the templates used, in the request's
 * language. Templates ask for cards and tags through {@link EventDialect}; the month's items and the checkboxes
 * reach them in the model.
 */
@Component
public class EventMarkup {

    private final MessageSource messages;
    private final EventTimes times;

    EventMarkup(MessageSource messages, EventTimes times) {
        this.messages = messages;
        this.times = times;
    }

    /**
     * An event's card: its picture's small copy if it has one, its title as a heading of {@code level} (2 or 3)
     * linking to its page with {@code filterQuery} ("?school=...", or null), when, whether cancelled, its summary,
     * venue and hosts.
     */
    String card(EventView event, int level, @Nullable String filterQuery) {
        var html = new StringBuilder(1024);
        card(html, event, level, filterQuery);
        return html.toString();
    }

    /**
     * The items of a list of events ({@code <ul class="event-list">}): each event's card, as {@link #card}, in an
     * {@code <li>}.
     */
    public String cardItems(List<EventView> events, int level, @Nullable String filterQuery) {
        var html = new StringBuilder(1024 * events.size());
        for (EventView event : events) {
            html.append("<li>");
            card(html, event, level, filterQuery);
            html.append("</li>");
        }
        return html.toString();
    }

    private void card(StringBuilder html, EventView event, int level, @Nullable String filterQuery) {
        html.append("<article class=\"event-card");
        if (event.cancelled()) {
            html.append(" event-card--cancelled");
        }
        Picture picture = event.picture();
        if (picture != null) {
            // As fragments/pictures :: card, which the news and programme cards use.
            int width = picture.widths().getFirst();
            html.append(" event-card--picture\"><img class=\"event-card__picture\" src=\"")
                    .append(escape(picture.small())).append("\" width=\"").append(width).append("\" height=\"")
                    .append(picture.heightAt(width)).append("\" alt=\"\" loading=\"lazy\" decoding=\"async\">");
        } else {
            html.append("\">");
        }
        String heading = level == 2 ? "h2" : "h3";
        html.append('<').append(heading).append(" class=\"event-card__title\"><a href=\"")
                .append(link(event, filterQuery)).append("\">")
                .append(escape(event.title())).append("</a></").append(heading).append('>')
                .append("<p class=\"event-card__when\"> <time datetime=\"").append(escape(times.machineStart(event)))
                .append("\">").append(escape(times.when(event))).append("</time> ");
        label(html, event);
        html.append("</p><p class=\"event-card__summary\">").append(escape(event.summary()))
                .append("</p><p class=\"event-card__meta\"> ");
        if (!event.venueName().isEmpty()) {
            html.append("<span>").append(escape(event.venueName())).append("</span> ");
        }
        hosts(html, event);
        html.append(" </p></article>");
    }

    /**
     * The schools, categories and audiences to filter by, as checkboxes ticked where {@code filter} has them: for the
     * calendar's filters and the search page ({@code fragments/events :: filterGroups}). Each checkbox's id is its
     * parameter and value, e.g. school-radley-college. Written here as the cards are: its twenty-odd checkboxes were
     * a fifth of the upcoming list's CPU when Thymeleaf wrote them (issue 18).
     */
    public String filterGroups(List<SchoolView> schools, List<CategoryView> categories, EventFilter filter) {
        var html = new StringBuilder(4096);
        openGroup(html, "events.filter.schools");
        for (SchoolView school : schools) {
            checkbox(html, "school", school.slug(), school.name(), filter.hasSchool(school.slug()));
        }
        openGroup(html.append("</fieldset>"), "events.filter.categories");
        for (CategoryView category : categories) {
            checkbox(html, "category", category.slug(), category.name(), filter.hasCategory(category.slug()));
        }
        openGroup(html.append("</fieldset>"), "events.filter.audiences");
        for (Audience audience : Audience.values()) {
            checkbox(html, "audience", audience.name().toLowerCase(Locale.ROOT), word("events.audience." + audience),
                    filter.hasAudience(audience));
        }
        return html.append("</fieldset>").toString();
    }

    private void openGroup(StringBuilder html, String legendCode) {
        html.append("<fieldset class=\"filters__group\"><legend>").append(escape(word(legendCode))).append("</legend>");
    }

    private static void checkbox(StringBuilder html, String parameter, String value, String label, boolean checked) {
        String id = escape(parameter + "-" + value);
        html.append("<div class=\"checkbox\"><input type=\"checkbox\" name=\"").append(parameter).append("\" id=\"")
                .append(id).append("\" value=\"").append(escape(value)).append('"');
        if (checked) {
            html.append(" checked=\"checked\"");
        }
        html.append("><label for=\"").append(id).append("\">").append(escape(label)).append("</label></div>");
    }

    /** The tags of the schools that host an event, or of the whole partnership. */
    public String hosts(EventView event) {
        var html = new StringBuilder(256);
        hosts(html, event);
        return html.toString();
    }

    /**
     * The month calendar's table: the weekdays, then a row for each week and a cell for each day, with its number,
     * its date, "Today", whether schools are closed, a term starting or ending, and its items ({@link #dayItems}).
     * {@code events/month.html} puts it in the page with {@code th:utext}. Its 35 to 42 cells were written by the
     * template until issue 18: with the items already written here, Thymeleaf's work on the cells was still a fifth of
     * the uncached calendar's CPU.
     */
    String monthTable(MonthGrid grid, @Nullable String filterQuery) {
        var html = new StringBuilder(32 * 1024);
        html.append("<table class=\"month\" aria-labelledby=\"month-heading\"><thead><tr>");
        for (int weekday = 1; weekday <= 7; weekday++) {
            String name = escape(word("events.weekday.long." + weekday));
            html.append("<th scope=\"col\" abbr=\"").append(name).append("\"><span aria-hidden=\"true\">")
                    .append(escape(word("events.weekday.short." + weekday)))
                    .append("</span> <span class=\"visually-hidden\">").append(name).append("</span></th>");
        }
        html.append("</tr></thead><tbody>");
        for (MonthGrid.Week week : grid.weeks()) {
            html.append("<tr>");
            for (MonthGrid.Day day : week.days()) {
                cell(html, day, filterQuery);
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private void cell(StringBuilder html, MonthGrid.Day day, @Nullable String filterQuery) {
        html.append("<td class=\"").append(escape(day.cssClasses()))
                .append("\"><span class=\"month__number\" aria-hidden=\"true\">").append(day.date().getDayOfMonth())
                .append("</span> <span class=\"month__date\"><time datetime=\"").append(day.date()).append("\">")
                .append(escape(day.label())).append("</time>");
        if (day.today()) {
            html.append(" <strong class=\"month__today-label\">").append(escape(word("events.month.todayLabel")))
                    .append("</strong>");
        }
        if (day.closed() != null) {
            html.append(" <span class=\"month__term-label\">")
                    .append(escape(word("termDates.calendar." + day.closed().name()))).append("</span>");
        }
        html.append("</span>");
        // A term's first or last day is named in the cell, visible on wide screens and read out on every one.
        MonthTermDays.TermEdge edge = day.termEdge();
        if (edge != null) {
            html.append(" <span class=\"month__term-edge\">").append(escape(word(
                    edge.starts() ? "termDates.calendar.termStarts" : "termDates.calendar.termEnds", edge.term())))
                    .append("</span>");
        }
        if (day.hasItems()) {
            html.append(" <ul class=\"month__events\">");
            dayItems(html, day, filterQuery);
            html.append("</ul>");
        }
        html.append("</td>");
    }

    /** A day's items in the month calendar: its lane slots, then its own events; links keep {@code filterQuery}. */
    String dayItems(MonthGrid.Day day, @Nullable String filterQuery) {
        var html = new StringBuilder(1024);
        dayItems(html, day, filterQuery);
        return html.toString();
    }

    private void dayItems(StringBuilder html, MonthGrid.Day day, @Nullable String filterQuery) {
        for (MonthGrid.Slot slot : day.bars()) {
            bar(html, slot, filterQuery);
        }
        for (MonthGrid.Entry entry : day.events()) {
            html.append("<li>");
            item(html, entry.event(), "event-item", entry.time(), false, filterQuery);
            html.append("</li>");
        }
    }

    /** A lane slot: an event of several days drawn across the cells it spans, or an empty slot kept for the lane. */
    private void bar(StringBuilder html, MonthGrid.Slot slot, @Nullable String filterQuery) {
        html.append("<li class=\"").append(escape(slot.cssClasses())).append('"');
        if (slot.event() == null || slot.continued()) {
            // Shown, but read out once only: where the bar starts.
            html.append(" aria-hidden=\"true\"");
        }
        html.append('>');
        if (slot.event() != null) {
            item(html, slot.event(), "event-item event-item--bar " + slot.colourClass(), slot.time(),
                    slot.continued(), filterQuery);
        }
        html.append("</li>");
    }

    private void item(StringBuilder html, CalendarEvent event, String classes, String time, boolean continued,
                      @Nullable String filterQuery) {
        html.append("<div class=\"").append(escape(classes));
        if (event.cancelled()) {
            html.append(" event-item--cancelled");
        }
        html.append("\"><a class=\"event-item__link\" href=\"")
                .append(link(event, filterQuery)).append('"');
        if (continued) {
            html.append(" tabindex=\"-1\"");
        }
        html.append("> <span class=\"event-item__time\">").append(escape(time))
                .append("</span> <span class=\"event-item__title\">").append(escape(event.title()))
                .append("</span> </a> ");
        label(html, event);
        hosts(html, event);
        html.append("</div>");
    }

    /** "Cancelled", or "Postponed" when it has a new date. */
    private void label(StringBuilder html, CalendarEvent event) {
        if (event.cancelled()) {
            html.append("<strong class=\"label label--cancelled\">")
                    .append(escape(word(event.postponed() ? "events.postponed.label" : "events.cancelled.label")))
                    .append("</strong> ");
        }
    }

    private void hosts(StringBuilder html, CalendarEvent event) {
        html.append("<span class=\"tags\"> ");
        for (SchoolView school : event.hosts()) {
            html.append("<span class=\"school-tag ").append(escape(school.tagClass())).append("\">")
                    .append(escape(school.name())).append("</span>");
        }
        if (event.wholePartnership()) {
            html.append(" <span class=\"school-tag school-tag--partnership\">")
                    .append(escape(word("events.hosts.partnership"))).append("</span>");
        }
        html.append(" </span>");
    }

    /** The event's page, keeping the calendar's filters ("?school=...", or null), escaped for an attribute. */
    private static String link(CalendarEvent event, @Nullable String filterQuery) {
        return escape("/events/" + event.slug() + (filterQuery == null ? "" : filterQuery));
    }

    /** A word of {@code messages.properties}, in the request's language, with its arguments if it takes any. */
    private String word(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * The text with the characters HTML gives a meaning escaped, and every character beyond ASCII written as a
     * character reference ("13:00&#8211;14:30"), which a browser reads as the character itself. Most texts have
     * neither, and are kept as they are. All-ASCII markup is encoded for the response byte by byte in one step;
     * Java's UTF-8 encoder handles what follows a first non-ASCII character one character at a time, and the dash of
     * every event's times made that 4 to 7 % of the month calendar's CPU (issue 18).
     */
    static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return escapeFrom(text, i);
            }
        }
        return text;
    }

    private static String escapeFrom(String text, int first) {
        var escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x80) {
                        escaped.append((char) c);
                    } else {
                        escaped.append("&#").append(c).append(';');
                    }
                }
            }
        }
        return escaped.toString();
    }
}
