package uk.partnership.features.impact;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.schools.Sector;
import uk.partnership.base.web.DateFormats;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.EndedEvent;
import uk.partnership.features.events.EventActivities;
import uk.partnership.features.events.HeldEvent;

/**
 * Works out the reports. Two statements whatever the period: the events held (asked of the events module's read
 * model, {@link EventActivities}) and the numbers recorded for them (this module's table, by the events' ids); the
 * sums are made here, in one pass over the numbers. The events module's tables are never joined to this module's.
 */
@Service
class ImpactReports {

    private final EventActivities activities;
    private final ImpactStore store;
    private final SchoolDirectory schools;
    private final Clock clock;
    private final ZoneId zone;

    ImpactReports(EventActivities activities, ImpactStore store, SchoolDirectory schools, Clock clock,
                  SiteProperties site) {
        this.activities = activities;
        this.store = store;
        this.schools = schools;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** An event held in the period, with every school's numbers for it (those of the scope's school only). */
    record Held(HeldEvent event, List<ImpactRecord> records) {
    }

    /** The events held in the period, earliest first, each with its numbers: for the report and the CSV of events. */
    List<Held> held(ImpactPeriod period, @Nullable Long school) {
        Instant now = clock.instant();
        Instant from = period.first().atStartOfDay(zone).toInstant();
        Instant to = period.last().plusDays(1).atStartOfDay(zone).toInstant();
        List<HeldEvent> events = activities.startingBetween(from, to.isAfter(now) ? now : to);
        Map<Long, List<ImpactRecord>> records = store.forEvents(events.stream().map(HeldEvent::id).toList()).stream()
                .filter(record -> school == null || record.schoolId() == school)
                .collect(Collectors.groupingBy(ImpactRecord::eventId));
        List<Held> held = new ArrayList<>();
        for (HeldEvent event : events) {
            List<ImpactRecord> numbers = records.getOrDefault(event.id(), List.of());
            if (school == null || event.hostedBy(school) || !numbers.isEmpty()) {
                held.add(new Held(event, numbers));
            }
        }
        return held;
    }

    /** The report of the period, for the whole partnership or, with {@code school}, for that school only. */
    ImpactReport report(ImpactPeriod period, @Nullable Long school) {
        List<SchoolView> all = schools.all();
        Map<Long, SchoolView> byId = all.stream().collect(Collectors.toMap(SchoolView::id, Function.identity()));
        List<Held> held = held(period, school);

        Map<Long, Tally> bySchool = new LinkedHashMap<>();
        all.stream().filter(each -> school == null || each.id() == school).forEach(each -> bySchool.put(each.id(), new Tally()));
        Map<Sector, Tally> bySector = new LinkedHashMap<>();
        for (Sector sector : Sector.values()) {
            bySector.put(sector, new Tally());
        }
        Map<String, Tally> byCategory = new LinkedHashMap<>();
        Tally total = new Tally();
        int[] years = new int[Numbers.YEARS];
        int recorded = 0;
        int crossSector = 0;
        double hours = 0;
        for (Held each : held) {
            hours += each.event().hours();
            Tally category = byCategory.computeIfAbsent(each.event().categoryName(), name -> new Tally());
            category.activities++;
            total.activities++;
            if (!each.records().isEmpty()) {
                recorded++;
            }
            Set<Sector> sectorsOfStudents = new HashSet<>();
            Set<Sector> sectorsTakingPart = new HashSet<>();
            for (ImpactRecord record : each.records()) {
                Numbers numbers = record.numbers();
                SchoolView from = byId.get(record.schoolId());
                Tally schoolTally = bySchool.get(record.schoolId());
                if (from == null || schoolTally == null) {
                    continue;
                }
                if (numbers.total() > 0) {
                    schoolTally.activities++;
                    sectorsTakingPart.add(from.sector());
                }
                if (numbers.students() > 0) {
                    sectorsOfStudents.add(from.sector());
                }
                schoolTally.add(numbers);
                bySector.get(from.sector()).add(numbers);
                category.add(numbers);
                total.add(numbers);
                for (int i = 0; i < Numbers.YEARS; i++) {
                    Integer students = numbers.years().get(i);
                    years[i] += students == null ? 0 : students;
                }
            }
            sectorsTakingPart.forEach(sector -> bySector.get(sector).activities++);
            if (sectorsOfStudents.size() == Sector.values().length) {
                crossSector++;
            }
        }
        List<ImpactReport.Row> byYear = new ArrayList<>();
        int known = 0;
        for (int i = 0; i < Numbers.YEARS; i++) {
            byYear.add(new ImpactReport.Row(String.valueOf(Numbers.FIRST_YEAR + i), years[i]));
            known += years[i];
        }
        byYear.add(new ImpactReport.Row("unknown", total.students - known));
        int takingPart = (int) bySchool.values().stream().filter(tally -> tally.total() > 0).count();

        return new ImpactReport(period, school == null ? null : byId.get(school), held.size(), recorded, hours,
                crossSector, takingPart, all.size(), total.line("", null),
                bySchool.entrySet().stream().map(entry -> entry.getValue().line(byId.get(entry.getKey()).name(),
                        byId.get(entry.getKey()).sector())).toList(),
                bySector.entrySet().stream().map(entry -> entry.getValue().line(entry.getKey().name(), entry.getKey()))
                        .toList(),
                byCategory.entrySet().stream().map(entry -> entry.getValue().line(entry.getKey(), null)).toList(),
                List.of(new ImpactReport.Row("STUDENTS", total.students), new ImpactReport.Row("STAFF", total.staff),
                        new ImpactReport.Row("PARENTS", total.parents), new ImpactReport.Row("OTHERS", total.others)),
                byYear);
    }

    /** Running sums of one line. */
    private static final class Tally {
        int activities;
        int students;
        int staff;
        int parents;
        int others;

        void add(Numbers numbers) {
            students += numbers.students();
            staff += numbers.staff();
            parents += numbers.parents();
            others += numbers.others();
        }

        int total() {
            return students + staff + parents + others;
        }

        ImpactReport.Line line(String key, @Nullable Sector sector) {
            return new ImpactReport.Line(key, sector, activities, students, staff, parents, others);
        }
    }

    /** An event that ended lately, and whether its numbers are in (the school's, for a representative). */
    public record Recent(long id, String title, String day, String datetime, boolean recorded) {
    }

    /**
     * The events that ended in the last {@link ImpactFigures#AWAITING_WINDOW}, latest first, at most {@code limit}:
     * for the coordinator those without anyone's numbers; for a school's representative those it hosted, with whether
     * its numbers are in. Two statements.
     */
    List<Recent> awaiting(@Nullable Long school, int limit) {
        Instant now = clock.instant();
        List<EndedEvent> ended = activities.endedBetween(now.minus(ImpactFigures.AWAITING_WINDOW), now, school);
        Set<Long> recorded = store.forEvents(ended.stream().map(EndedEvent::id).toList()).stream()
                .filter(record -> school == null || record.schoolId() == school)
                .map(ImpactRecord::eventId).collect(Collectors.toSet());
        return ended.stream().filter(event -> school != null || !recorded.contains(event.id())).limit(limit)
                .map(event -> new Recent(event.id(), event.title(),
                        DateFormats.DAY.format(event.startsAt().atZone(zone)),
                        event.startsAt().atZone(zone).toLocalDate().toString(), recorded.contains(event.id())))
                .toList();
    }

    /** The schools by id, for the CSV of events. */
    Map<Long, SchoolView> schoolsById() {
        Map<Long, SchoolView> byId = new HashMap<>();
        schools.all().forEach(each -> byId.put(each.id(), each));
        return byId;
    }
}
