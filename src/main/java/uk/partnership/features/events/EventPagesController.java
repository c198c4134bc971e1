package uk.partnership.features.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.partnership.TermDateView;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.DateFormats;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.images.Picture;
import uk.partnership.base.web.PageMeta;
import uk.partnership.base.web.RichText;
import uk.partnership.base.web.SiteProperties;

/** The public calendar: month grid, upcoming list, archive and one event's page. */
@Controller
class EventPagesController {

    static final int PAGE_SIZE = 20;

    private final EventCalendar calendar;
    private final EventRequests requests;
    private final SchoolDirectory schools;
    private final EventLinks links;
    private final RichText richText;
    private final EventJsonLd jsonLd;
    private final PartnershipService partnerships;
    private final EventSeriesStore series;
    private final TermDates termDates;
    private final CalendarName names;
    private final EventTimes times;
    private final EventMarkup markup;
    private final Clock clock;
    private final ZoneId zone;
    private final SiteProperties site;

    EventPagesController(EventCalendar calendar, EventRequests requests, SchoolDirectory schools, EventLinks links,
                         RichText richText, EventJsonLd jsonLd, PartnershipService partnerships,
                         EventSeriesStore series, TermDates termDates, CalendarName names, EventTimes times,
                         EventMarkup markup, Clock clock, SiteProperties site) {
        this.series = series;
        this.markup = markup;
        this.times = times;
        this.termDates = termDates;
        this.names = names;
        this.calendar = calendar;
        this.requests = requests;
        this.schools = schools;
        this.links = links;
        this.richText = richText;
        this.jsonLd = jsonLd;
        this.partnerships = partnerships;
        this.clock = clock;
        this.zone = site.timeZone();
        this.site = site;
    }

    @GetMapping("/events")
    String month(@RequestParam(required = false) @Nullable String month,
                 FilterParameters filterParameters,
                 Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        EventFilter filter = requests.filter(filterParameters);
        YearMonth shown = requests.month(month, today);
        Instant from = shown.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = shown.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        MonthTermDays termDays = termDays(shown, filter);
        MonthGrid grid = MonthGrid.of(shown, calendar.month(from, to, filter), today, termDays, times);
        model.addAttribute("grid", grid);
        model.addAttribute("monthTable", markup.monthTable(grid, query(filter)));
        model.addAttribute("termDays", termDays);
        model.addAttribute("previousMonth", monthLink(shown.minusMonths(1), filter));
        model.addAttribute("nextMonth", monthLink(shown.plusMonths(1), filter));
        model.addAttribute("thisMonth", shown.equals(YearMonth.from(today)) ? null : monthLink(YearMonth.from(today), filter));
        if (!grid.hasEvents()) {
            // One query for the first month after this one that has a matching event, however far off.
            calendar.firstStartFrom(to, filter).map(start -> YearMonth.from(start.atZone(zone))).ifPresent(next -> {
                model.addAttribute("nextWithEvents", monthLink(next, filter));
                model.addAttribute("nextWithEventsName", DateFormats.MONTH.format(next));
            });
        }
        ShownFilter chosen = addFilterChoices(model, filter, "/events", changed -> monthLink(shown, changed), shown);
        model.addAttribute("monthList", monthListLink(shown, filter));
        model.addAttribute("month", shown);
        // For the page title, where a template may not call a bean.
        model.addAttribute("monthName", DateFormats.MONTH.format(shown));
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of(month == null || month.isBlank()
                        ? "/events" + query(filter) : monthLink(shown, filter))
                .describedAs(periodDescription(DateFormats.MONTH.format(shown), chosen)));
        return "events/month";
    }

    /**
     * The upcoming events from today (or {@code from}), a page at a time; or, with {@code month} or {@code term}, every
     * event of that month or term on one page: a list to print.
     */
    @GetMapping("/events/list")
    String upcoming(@RequestParam(required = false) @Nullable String from,
                    @RequestParam(required = false) @Nullable String page,
                    @RequestParam(required = false) @Nullable String month,
                    @RequestParam(required = false) @Nullable String term,
                    FilterParameters filterParameters,
                    Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        EventFilter filter = requests.filter(filterParameters);
        if (term != null && !term.isBlank()) {
            // A term's events on one page, as a month's: linked from the term dates, to print (issue 19).
            TermDateView shown = termDates.term(requests.termId(term))
                    .orElseThrow(() -> new NotFoundException("term " + term));
            model.addAttribute("term", shown);
            return wholePeriod(model, filter, shown.firstDay(), shown.lastDay(), names.termName(shown),
                    changed -> termListLink(shown.id(), changed));
        }
        if (month != null && !month.isBlank()) {
            YearMonth shown = requests.month(month, today);
            model.addAttribute("month", shown);
            return wholePeriod(model, filter, shown.atDay(1), shown.atEndOfMonth(), DateFormats.MONTH.format(shown),
                    changed -> monthListLink(shown, changed));
        }
        LocalDate fromDay = requests.from(from, today);
        Instant start = fromDay.equals(today) ? clock.instant() : fromDay.atStartOfDay(zone).toInstant();
        EventCalendar.Page events = calendar.upcoming(start, filter, requests.page(page), PAGE_SIZE);
        model.addAttribute("days", byDay(events.events(), fromDay));
        model.addAttribute("page", events);
        model.addAttribute("fromDay", fromDay);
        model.addAttribute("pageLink", pageLink("/events/list", filter, from));
        ShownFilter chosen = addFilterChoices(model, filter, "/events/list",
                changed -> pageLink("/events/list", changed, from).replaceFirst("[?&]page=$", ""), YearMonth.from(fromDay));
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of(canonicalLink("/events/list", filter,
                        from == null || from.isBlank() ? null : fromDay.toString(), events.number()))
                .describedAs(chosen == null ? names.pageDescription("events.list.heading")
                        : names.pageDescription("events.list.filteredHeading", chosen.description())));
        return "events/list";
    }

    @GetMapping("/events/past")
    String past(@RequestParam(required = false) @Nullable String page,
                FilterParameters filterParameters,
                Model model) {
        EventFilter filter = requests.filter(filterParameters);
        EventCalendar.Page events = calendar.past(clock.instant(), filter, requests.page(page), PAGE_SIZE);
        model.addAttribute("page", events);
        model.addAttribute("pageLink", pageLink("/events/past", filter, null));
        model.addAttribute("months", byMonth(events.events()));
        ShownFilter chosen = addFilterChoices(model, filter, "/events/past",
                changed -> pageLink("/events/past", changed, null).replaceFirst("[?&]page=$", ""), null);
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of(canonicalLink("/events/past", filter, null, events.number()))
                .describedAs(chosen == null ? names.pageDescription("events.past.title")
                        : names.pageDescription("events.past.filteredHeading", chosen.description())));
        return "events/past";
    }

    /**
     * One event. Links from a filtered calendar carry its filters, so that the way back returns to them (in the
     * event's month); the page is otherwise the same, and its canonical address has no filters.
     */
    @GetMapping("/events/{slug}")
    Object event(@PathVariable String slug, FilterParameters filterParameters, Model model) {
        var found = calendar.bySlug(slug);
        if (found.isEmpty()) {
            return requests.redirectIfRenamed(slug, "");
        }
        EventView event = found.get();
        EventFilter filter = requests.filter(filterParameters);
        model.addAttribute("event", event);
        model.addAttribute("backLink", monthLink(YearMonth.from(event.firstDay()), filter));
        // The series' other dates keep the filters too, so their way back leads to the same calendar.
        model.addAttribute("filterQuery", query(filter));
        model.addAttribute("ended", event.endedBy(clock.instant()));
        model.addAttribute("descriptionHtml", richText.toHtml(event.description()));
        var eventLinks = links.of(event);
        model.addAttribute("links", eventLinks);
        // The filters it was opened with only lead back to that calendar: the page's own address has none.
        PageMeta meta = PageMeta.of("/events/" + event.slug()).describedAs(event.summary())
                .withImage(Picture.preview(event.picture(), site));
        model.addAttribute(PageMeta.ATTRIBUTE, meta);
        model.addAttribute("series", series.summary(event.id(), clock.instant(), false).orElse(null));
        var partnership = partnerships.current();
        model.addAttribute("jsonLd", jsonLd.of(event, partnership.configured() ? partnership.name() : ""));
        return "events/show";
    }

    /**
     * The filter form and what the page shows: {@code linkTo} gives this page's address with another filter (for the
     * links that remove one), {@code month} the month the "Month" view link opens, if not this one. Returns what the
     * page is filtered to, null when it is not.
     */
    private @Nullable ShownFilter addFilterChoices(Model model, EventFilter filter, String action,
                                  Function<EventFilter, String> linkTo, @Nullable YearMonth month) {
        model.addAttribute("filter", filter);
        List<CalendarName.FilterLabel> labels = filter.isEmpty() ? List.of() : names.labels(filter);
        ShownFilter shown = labels.isEmpty() ? null : new ShownFilter(labels.stream()
                .map(label -> new ShownFilter.Chip(label.label(), linkTo.apply(filter.without(label.parameter(), label.value()))))
                .toList(), linkTo.apply(EventFilter.NONE),
                String.join(", ", labels.stream().map(CalendarName.FilterLabel::label).toList()));
        model.addAttribute("shown", shown);
        model.addAttribute("filterQuery", query(filter));
        model.addAttribute("monthView", month == null ? query(filter).isEmpty() ? "/events" : "/events" + query(filter)
                : monthLink(month, filter));
        model.addAttribute("listView", "/events/list" + query(filter));
        model.addAttribute("pastView", "/events/past" + query(filter));
        model.addAttribute("filterAction", action);
        List<SchoolView> all = schools.all();
        model.addAttribute("schools", all);
        model.addAttribute("filterGroups", markup.filterGroups(all, calendar.categories(), filter));
        model.addAttribute("feed", links.feed(filter));
        return shown;
    }

    /**
     * Every event of the days from {@code first} to {@code last} on one page, as the month grid holds them, under the
     * heading {@code name} (a month's or a term's): a list to print. {@code linkTo} gives its address with a filter.
     */
    private String wholePeriod(Model model, EventFilter filter, LocalDate first, LocalDate last, String name,
                               Function<EventFilter, String> linkTo) {
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<EventView> events = calendar.overlapping(start, end, filter);
        model.addAttribute("days", byDay(events, first));
        model.addAttribute("page", new EventCalendar.Page(events, 1, false));
        model.addAttribute("monthName", name);
        ShownFilter chosen = addFilterChoices(model, filter, "/events/list", linkTo, YearMonth.from(first));
        model.addAttribute(PageMeta.ATTRIBUTE,
                PageMeta.of(linkTo.apply(filter)).describedAs(periodDescription(name, chosen)));
        return "events/list";
    }

    /** The description of a month's or a term's page (grid or list), as its heading reads. */
    private String periodDescription(String name, @Nullable ShownFilter chosen) {
        return chosen == null ? names.pageDescription("events.month.title", name)
                : names.pageDescription("events.month.filteredHeading", chosen.description(), name);
    }

    /** A list's canonical address: its filters, start day and page, the first page having none. */
    private static String canonicalLink(String path, EventFilter filter, @Nullable String from, int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (from != null) {
            uri.queryParam("from", from);
        }
        filter.addTo(uri);
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }

    /** The holidays and INSET days to shade: of the one school the calendar is filtered to, or the shared ones. */
    private MonthTermDays termDays(YearMonth month, EventFilter filter) {
        SchoolView school = filter.schools().size() != 1 ? null
                : schools.bySlug(filter.schools().iterator().next()).orElse(null);
        return MonthTermDays.of(termDates.forSchool(school == null ? null : school.id()), month.atDay(1),
                month.atEndOfMonth(), school == null ? null : school.name());
    }

    /** The filter as a query string for links to keep it ({@code ?school=…}), or nothing when there is none. */
    private static String query(EventFilter filter) {
        return filter.addTo(UriComponentsBuilder.fromPath("")).build().encode().toUriString();
    }

    private static String monthListLink(YearMonth month, EventFilter filter) {
        return filter.addTo(UriComponentsBuilder.fromPath("/events/list").queryParam("month", month.toString()))
                .build().encode().toUriString();
    }

    /** The list of a term's events with {@code filter}, to print. */
    static String termListLink(long term, EventFilter filter) {
        return filter.addTo(UriComponentsBuilder.fromPath("/events/list").queryParam("term", term))
                .build().encode().toUriString();
    }

    private static String monthLink(YearMonth month, EventFilter filter) {
        return filter.addTo(UriComponentsBuilder.fromPath("/events").queryParam("month", month.toString()))
                .build().encode().toUriString();
    }

    private static String pageLink(String path, EventFilter filter, @Nullable String from) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (from != null && !from.isBlank()) {
            uri.queryParam("from", from);
        }
        return filter.addTo(uri).queryParam("page", "").build().encode().toUriString();
    }

    /** Past events under the month they start in, newest first as given. */
    private static Map<YearMonth, List<EventView>> byMonth(List<EventView> events) {
        Map<YearMonth, List<EventView>> months = new LinkedHashMap<>();
        for (EventView event : events) {
            months.computeIfAbsent(YearMonth.from(event.firstDay()), ignored -> new ArrayList<>()).add(event);
        }
        return months;
    }

    /** What a filtered page shows: each chosen value with a link that removes it, and one that removes them all. */
    public record ShownFilter(List<Chip> chips, String clearLink, String description) {

        public record Chip(String label, String removeLink) {
        }
    }

    /** Upcoming events under the day they start (or {@code from}, for those already under way). */
    private static Map<LocalDate, List<EventView>> byDay(List<EventView> events, LocalDate from) {
        Map<LocalDate, List<EventView>> days = new LinkedHashMap<>();
        for (EventView event : events) {
            LocalDate day = event.firstDay().isBefore(from) ? from : event.firstDay();
            days.computeIfAbsent(day, ignored -> new ArrayList<>()).add(event);
        }
        return days;
    }
}
