package uk.partnership.features.impact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.HeldEvent;

/**
 * The reports as CSV (RFC 4180, written by Apache Commons CSV): every event held with its numbers, one row per event
 * and school that took part (an event without numbers has one row with its numbers empty), the long shape a funder's
 * or census spreadsheet pivots; and the summary's tables, one row per line under a section column. Headings are the
 * site's messages; text a spreadsheet would run as a formula (starting =, +, - or @) is written with a leading
 * apostrophe.
 */
@Component
class ImpactCsv {

    private final MessageSource messages;
    private final ZoneId zone;

    ImpactCsv(MessageSource messages, SiteProperties site) {
        this.messages = messages;
        this.zone = site.timeZone();
    }

    void events(List<ImpactReports.Held> held, Map<Long, SchoolView> schools, Writer out) {
        List<String> headers = new ArrayList<>(List.of(word("date"), word("starts"), word("ends"), word("event"),
                word("category"), word("audiences"), word("hosts"), word("hours"), word("school"), word("sector"),
                word("students")));
        Numbers.yearGroups().forEach(year -> headers.add(messages.getMessage("impact.year", new Object[] {year},
                Locale.UK)));
        headers.addAll(List.of(word("staff"), word("parents"), word("others"), word("total")));
        try (CSVPrinter csv = printer(out, headers)) {
            for (ImpactReports.Held each : held) {
                HeldEvent event = each.event();
                List<Object> about = new ArrayList<>(List.of(
                        event.startsAt().atZone(zone).toLocalDate().toString(),
                        event.allDay() ? "" : event.startsAt().atZone(zone).toLocalTime().toString(),
                        event.allDay() ? String.valueOf(event.endDate()) : event.endsAt().atZone(zone).toLocalTime().toString(),
                        safe(event.title()), safe(event.categoryName()),
                        event.audiences().stream().map(audience -> messages.getMessage("events.audience." + audience, null,
                                audience.name(), Locale.UK)).collect(Collectors.joining("; ")),
                        event.wholePartnership() ? word("wholePartnership") : event.hostIds().stream()
                                .map(id -> schools.containsKey(id) ? schools.get(id).name() : "")
                                .collect(Collectors.joining("; ")),
                        hours(event.hours())));
                if (each.records().isEmpty()) {
                    List<Object> row = new ArrayList<>(about);
                    for (int i = 0; i < 2 + 1 + Numbers.YEARS + 4; i++) {
                        row.add("");
                    }
                    csv.printRecord(row);
                    continue;
                }
                for (ImpactRecord record : each.records()) {
                    SchoolView school = schools.get(record.schoolId());
                    Numbers numbers = record.numbers();
                    List<Object> row = new ArrayList<>(about);
                    row.add(school == null ? "" : safe(school.name()));
                    row.add(school == null ? "" : sector(school));
                    row.add(numbers.students());
                    numbers.years().forEach(year -> row.add(year == null ? "" : year));
                    row.addAll(List.of(numbers.staff(), numbers.parents(), numbers.others(), numbers.total()));
                    csv.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void summary(ImpactReport report, Writer out) {
        List<String> headers = List.of(word("section"), word("item"), word("activities"), word("hours"),
                word("students"), word("staff"), word("parents"), word("others"), word("total"));
        try (CSVPrinter csv = printer(out, headers)) {
            ImpactReport.Line total = report.total();
            csv.printRecord(word("section.total"), safe(report.scope() == null ? word("allSchools")
                            : report.scope().name()), report.activities(), hours(report.hours()), total.students(),
                    total.staff(), total.parents(), total.others(), total.total());
            csv.printRecord(word("section.recorded"), word("item.recorded"), report.recorded(), "", "", "", "", "", "");
            csv.printRecord(word("section.crossSector"), word("item.crossSector"), report.crossSector(), "", "", "", "",
                    "", "");
            lines(csv, word("section.school"), report.bySchool(), false);
            lines(csv, word("section.sector"), report.bySector(), true);
            lines(csv, word("section.category"), report.byCategory(), false);
            for (ImpactReport.Row row : report.byAudience()) {
                csv.printRecord(word("section.audience"), messages.getMessage("impact.audience." + row.key(), null,
                        Locale.UK), "", "", "", "", "", "", row.count());
            }
            for (ImpactReport.Row row : report.byYearGroup()) {
                csv.printRecord(word("section.year"), yearLabel(row.key()), "", "", row.count(), "", "", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A year group's words: "Year 7", or "Year not given". */
    String yearLabel(String key) {
        return key.equals("unknown") ? messages.getMessage("impact.year.unknown", null, Locale.UK)
                : messages.getMessage("impact.year", new Object[] {Integer.valueOf(key)}, Locale.UK);
    }

    private void lines(CSVPrinter csv, String section, List<ImpactReport.Line> lines, boolean sectors)
            throws IOException {
        for (ImpactReport.Line line : lines) {
            String item = sectors ? messages.getMessage("school.sector." + line.key(), null, Locale.UK) : safe(line.key());
            csv.printRecord(section, item, line.activities(), "", line.students(), line.staff(), line.parents(),
                    line.others(), line.total());
        }
    }

    private String sector(SchoolView school) {
        return messages.getMessage("school.sector." + school.sector(), null, Locale.UK);
    }

    private static CSVPrinter printer(Writer out, List<String> headers) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
    }

    private String word(String key) {
        return messages.getMessage("impact.csv." + key, null, Locale.UK);
    }

    private static String hours(double hours) {
        return String.format(Locale.UK, "%.1f", hours);
    }

    /** Text a spreadsheet would take as a formula gets a leading apostrophe (OWASP's advice on CSV injection). */
    static String safe(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
