package uk.partnership.features.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.partnership.TermBreakView;
import uk.partnership.base.partnership.TermDates;
import uk.partnership.base.web.DateFormats;
import uk.partnership.base.web.SiteProperties;

/**
 * What the coordinator is told after making or publishing a series (issue 19): how many dates it has, how many are
 * drafts, and which days its repeat would have fallen on but skipped for a school holiday, by the holiday's name.
 */
@Component
class SeriesReport {

    record Report(int dates, int drafts, List<String> skipped) {
    }

    private final EventRepository events;
    private final EventSeriesStore series;
    private final TermDates termDates;
    private final MessageSource messages;
    private final SiteProperties site;

    SeriesReport(EventRepository events, EventSeriesStore series, TermDates termDates, MessageSource messages,
                 SiteProperties site) {
        this.events = events;
        this.series = series;
        this.termDates = termDates;
        this.messages = messages;
        this.site = site;
    }

    /** The report of event {@code id}'s series; empty when it does not repeat. */
    @Transactional(readOnly = true)
    Optional<Report> of(long id) {
        Long seriesId = events.get(id).getSeriesId();
        if (seriesId == null) {
            return Optional.empty();
        }
        List<Event> dates = events.findBySeriesIdOrderByStartsAtAscIdAsc(seriesId);
        int drafts = (int) dates.stream().filter(date -> date.getStatus() == EventStatus.DRAFT).count();
        Set<LocalDate> days = new HashSet<>();
        dates.forEach(date -> days.add(date.getStartsAt().atZone(site.timeZone()).toLocalDate()));
        SeriesRule rule = series.rule(seriesId).orElse(null);
        if (rule == null || !rule.skipTermBreaks() || dates.isEmpty()) {
            return Optional.of(new Report(dates.size(), drafts, List.of()));
        }
        List<TermBreakView> breaks = termDates.all();
        LocalDate last = dates.getLast().getStartsAt().atZone(site.timeZone()).toLocalDate();
        // The days the repeat gives without skipping, up to the series' last date: those missing and in a break.
        SeriesRule unskipped = new SeriesRule(rule.frequency(), rule.firstDay(), rule.weekOfMonth(), last, null, false);
        List<String> skipped = unskipped.days(breaks).stream()
                .filter(day -> !days.contains(day))
                .flatMap(day -> breaks.stream().filter(range -> range.includes(day)).limit(1)
                        .map(range -> messages.getMessage("admin.events.series.skippedDay",
                                new Object[] {range.name(), DateFormats.DAY.format(day)}, Locale.UK)))
                .toList();
        return Optional.of(new Report(dates.size(), drafts, skipped));
    }
}
