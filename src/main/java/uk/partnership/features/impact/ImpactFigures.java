package uk.partnership.features.impact;

import static uk.partnership.base.web.DateFormats.DAY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.EndedEvent;
import uk.partnership.features.events.EventActivities;

/**
 * What other modules show of the impact: the events still without numbers (the coordinator's dashboard) and the
 * school year's headline figures, when the coordinator has published them (the about page).
 */
@Service
public class ImpactFigures {

    /** How far back the dashboard looks for events without numbers: about a term. */
    public static final Duration AWAITING_WINDOW = Duration.ofDays(90);

    private final EventActivities activities;
    private final ImpactStore store;
    private final ImpactReports reports;
    private final ImpactPeriods periods;
    private final Clock clock;
    private final ZoneId zone;

    ImpactFigures(EventActivities activities, ImpactStore store, ImpactReports reports, ImpactPeriods periods,
                  Clock clock, SiteProperties site) {
        this.activities = activities;
        this.store = store;
        this.reports = reports;
        this.clock = clock;
        this.periods = periods;
        this.zone = site.timeZone();
    }

    /** An event that has ended without anyone's numbers: its id, title and day in words. */
    public record Awaiting(long id, String title, String day, String datetime) {
    }

    /** The events without numbers, most recent first, and how many there are in all. */
    public record AwaitingNumbers(long count, List<Awaiting> latest) {
    }

    /**
     * The events that ended in the last {@link #AWAITING_WINDOW} with no numbers from any school: how many, and the
     * latest {@code limit}. Two statements, whatever the number of events.
     */
    public AwaitingNumbers awaitingNumbers(int limit) {
        Instant now = clock.instant();
        List<EndedEvent> ended = activities.endedBetween(now.minus(AWAITING_WINDOW), now, null);
        Set<Long> recorded = store.recorded(ended.stream().map(EndedEvent::id).toList());
        List<EndedEvent> awaiting = ended.stream().filter(event -> !recorded.contains(event.id())).toList();
        return new AwaitingNumbers(awaiting.size(), awaiting.stream().limit(limit)
                .map(event -> new Awaiting(event.id(), event.title(), DAY.format(event.startsAt().atZone(zone)),
                        event.startsAt().atZone(zone).toLocalDate().toString()))
                .toList());
    }

    /** The headline figures of a school year: "In 2026–27: 142 activities, 3,200 student places, all six schools". */
    public record Headline(String schoolYear, int activities, int studentPlaces, int schoolsTakingPart,
                           int schoolsInPartnership) {

        public boolean allSchools() {
            return schoolsTakingPart == schoolsInPartnership;
        }
    }

    /** The school year's headline figures, if the coordinator publishes them and there is something to say. */
    public Optional<Headline> published() {
        if (!store.publication().published()) {
            return Optional.empty();
        }
        ImpactReport report = reports.report(ImpactPeriod.schoolYear(ImpactPeriod.schoolYearOf(periods.today())), null);
        if (report.activities() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Headline(report.period().name(), report.activities(), report.studentPlaces(),
                report.schoolsTakingPart(), report.schoolsInPartnership()));
    }
}
