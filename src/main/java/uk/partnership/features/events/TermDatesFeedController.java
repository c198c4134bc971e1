package uk.partnership.features.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

import uk.partnership.base.partnership.TermDateView;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.partnership.TermDatesFeed;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SiteProperties;

/**
 * The term dates feed: the shared dates at /term-dates.ics, a school's (its own, or the shared ones it follows) with
 * {@code ?school=} its slug. It holds the previous school year and every later one (the window), so a phone keeps the
 * year just gone. An old slug of a renamed school answers 301 to the new address, so subscriptions keep working.
 * It lives beside the events feed to write iCalendar the same way; the term dates themselves are base's.
 */
@Controller
class TermDatesFeedController {

    private final TermDates termDates;
    private final TermDatesCalendar writer;
    private final SchoolDirectory schools;
    private final CalendarName calendarName;
    private final MessageSource messages;
    private final SiteProperties site;
    private final Clock clock;

    TermDatesFeedController(TermDates termDates, TermDatesCalendar writer, SchoolDirectory schools,
                            CalendarName calendarName, MessageSource messages, SiteProperties site, Clock clock) {
        this.termDates = termDates;
        this.writer = writer;
        this.schools = schools;
        this.calendarName = calendarName;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping(TermDatesFeed.PATH)
    ResponseEntity<String> feed(@RequestParam(required = false) @Nullable String school, WebRequest request) {
        SchoolView found = null;
        if (school != null && !school.isBlank()) {
            var bySlug = schools.bySlug(school.strip());
            if (bySlug.isEmpty()) {
                String renamed = schools.renamedTo(school.strip())
                        .orElseThrow(() -> new NotFoundException("school " + school));
                return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .header(HttpHeaders.LOCATION, TermDatesFeed.PATH + "?school=" + renamed).build();
            }
            found = bySlug.get();
        }
        LocalDate today = LocalDate.now(clock.withZone(site.timeZone()));
        List<TermDateView> entries = termDates.fromSchoolYearOf(today.minusYears(1), found == null ? null : found.id());
        String name = found == null
                ? messages.getMessage("termDates.feed.name", new Object[] {calendarName.current()}, java.util.Locale.UK)
                : messages.getMessage("termDates.feed.schoolName",
                        new Object[] {calendarName.current(), found.name()}, java.util.Locale.UK);
        String page = site.absolute(found == null ? "/term-dates" : "/schools/" + found.slug() + "#term-dates");
        String ics = writer.feed(name, entries, TermDatesCalendar.day(today), page);
        String etag = "\"terms-" + DigestUtils.md5DigestAsHex(ics.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().contentType(EventFeedController.TEXT_CALENDAR)
                .cacheControl(EventFeedController.REVALIDATE).eTag(etag).body(ics);
    }
}
