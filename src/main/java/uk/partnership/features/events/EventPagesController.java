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

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.partnership.PartnershipService;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.DateFormats;
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
    private final Clock clock;
    private final ZoneId zone;

    EventPagesController(EventCalendar calendar, EventRequests requests, SchoolDirectory schools, EventLinks links,
                         RichText richText, EventJsonLd jsonLd, PartnershipService partnerships,
                         EventSeriesStore series, TermDates termDates, Clock clock, SiteProperties site) {
        this.series = series;
        this.termDates = termDates;
        this.calendar = calendar;
        this.requests = requests;
        this.schools = schools;
        this.links = links;
        this.richText = richText;
        this.jsonLd = jsonLd;
        this.partnerships = partnerships;
        this.clock = clock;
        this.zone = site.timeZone();
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
        model.addAttribute("grid", MonthGrid.of(shown, calendar.overlapping(from, to, filter), today));
        model.addAttribute("termDays", termDays(shown, filter));
        model.addAttribute("previousMonth", monthLink(shown.minusMonths(1), filter));
        model.addAttribute("nextMonth", monthLink(shown.plusMonths(1), filter));
        model.addAttribute("thisMonth", monthLink(YearMonth.from(today), filter));
        addFilterChoices(model, filter, "/events");
        model.addAttribute("month", shown);
        // For the page title, where a template may not call a bean.
        model.addAttribute("monthName", DateFormats.MONTH.format(shown));
        return "events/month";
    }

    @GetMapping("/events/list")
    String upcoming(@RequestParam(required = false) @Nullable String from,
                    @RequestParam(required = false) @Nullable String page,
                    FilterParameters filterParameters,
                    Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        EventFilter filter = requests.filter(filterParameters);
        LocalDate fromDay = requests.from(from, today);
        Instant start = fromDay.equals(today) ? clock.instant() : fromDay.atStartOfDay(zone).toInstant();
        EventCalendar.Page events = calendar.upcoming(start, filter, requests.page(page), PAGE_SIZE);
        model.addAttribute("days", byDay(events.events(), fromDay));
        model.addAttribute("page", events);
        model.addAttribute("fromDay", fromDay);
        model.addAttribute("pageLink", pageLink("/events/list", filter, from));
        addFilterChoices(model, filter, "/events/list");
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
        addFilterChoices(model, filter, "/events/past");
        return "events/past";
    }

    @GetMapping("/events/{slug}")
    Object event(@PathVariable String slug, Model model) {
        var found = calendar.bySlug(slug);
        if (found.isEmpty()) {
            return requests.redirectIfRenamed(slug, "");
        }
        EventView event = found.get();
        model.addAttribute("event", event);
        model.addAttribute("ended", event.endedBy(clock.instant()));
        model.addAttribute("descriptionHtml", richText.toHtml(event.description()));
        model.addAttribute("links", links.of(event));
        model.addAttribute("series", series.summary(event.id(), clock.instant(), false).orElse(null));
        var partnership = partnerships.current();
        model.addAttribute("jsonLd", jsonLd.of(event, partnership.configured() ? partnership.name() : ""));
        return "events/show";
    }

    private void addFilterChoices(Model model, EventFilter filter, String action) {
        model.addAttribute("filter", filter);
        model.addAttribute("filterAction", action);
        model.addAttribute("schools", schools.all());
        model.addAttribute("categories", calendar.categories());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("feed", links.feed(filter));
    }

    /** The holidays and INSET days to shade: of the one school the calendar is filtered to, or the shared ones. */
    private MonthTermDays termDays(YearMonth month, EventFilter filter) {
        SchoolView school = filter.schools().size() != 1 ? null
                : schools.bySlug(filter.schools().iterator().next()).orElse(null);
        return MonthTermDays.of(termDates.forSchool(school == null ? null : school.id()), month.atDay(1),
                month.atEndOfMonth(), school == null ? null : school.name());
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
