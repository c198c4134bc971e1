package uk.partnership.features.impact;

import java.time.LocalDate;

import uk.partnership.base.web.DateFormats;

/**
 * The days a report covers, both inclusive in the site's zone: a term of the shared term dates, a school year
 * (1 September to 31 August) or any range of dates.
 *
 * @param name the term's name and school year ("Autumn term 2026–27"), the school year ("2026–27"), or empty for a
 *             range of dates
 * @param choice the value of the list's choice that selects it ({@code term-<id>}, {@code year-<yyyy>}), or empty
 *               for a range of dates
 */
public record ImpactPeriod(Kind kind, String name, LocalDate first, LocalDate last, String choice) {

    public enum Kind {
        TERM, YEAR, RANGE
    }

    /** The school year {@code year}–{@code year + 1}, from 1 September to 31 August. */
    static ImpactPeriod schoolYear(int year) {
        return new ImpactPeriod(Kind.YEAR, yearName(year), LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 8, 31),
                "year-" + year);
    }

    /** The school year a day falls in, by the year it starts: September 2026 to August 2027 is 2026. */
    static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    /** "2026–27", as schools write a school year. */
    static String yearName(int year) {
        return year + "\u2013" + String.format("%02d", (year + 1) % 100);
    }

    /** The first day in words: "Thu 3 Sep 2026". */
    public String firstText() {
        return DateFormats.DAY.format(first);
    }

    /** The last day in words. */
    public String lastText() {
        return DateFormats.DAY.format(last);
    }

    /** The query string that asks for this period again, for the links to its CSV and printable report. */
    public String query() {
        return kind == Kind.RANGE ? "from=" + first + "&to=" + last : "period=" + choice;
    }
}
