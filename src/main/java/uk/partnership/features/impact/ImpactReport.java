package uk.partnership.features.impact;

import java.util.List;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.schools.Sector;

/**
 * A report's figures for a period: what took place and who took part. With a school's scope (a representative's own
 * report), the activities are those the school hosted or came to, and the participants only that school's.
 *
 * @param activities   the events held in the period (published, started by now; a date of a series counts once)
 * @param recorded     of those, the events with numbers from at least one school
 * @param hours        the activities' hours ({@link uk.partnership.features.events.HeldEvent#hours()})
 * @param crossSector  activities with students recorded from both a state and an independent school
 * @param schoolsTakingPart the schools with anyone recorded at any activity
 */
public record ImpactReport(
        ImpactPeriod period,
        @Nullable SchoolView scope,
        int activities,
        int recorded,
        double hours,
        int crossSector,
        int schoolsTakingPart,
        int schoolsInPartnership,
        Line total,
        List<Line> bySchool,
        List<Line> bySector,
        List<Line> byCategory,
        List<Row> byAudience,
        List<Row> byYearGroup) {

    /**
     * One line of a table: how many activities, and who took part in them.
     *
     * @param key   what the line is of: a school's name, a sector's or category's name
     * @param sector the sector of a school's or sector's line, else null
     */
    public record Line(String key, @Nullable Sector sector, int activities, int students, int staff, int parents,
                int others) {

        public int total() {
            return students + staff + parents + others;
        }
    }

    /**
     * A line of one count: a kind of participant (its message key's last part) or a year group.
     *
     * @param key a message key's last part (STUDENTS, STAFF…) or a year ("7"), or "unknown"
     */
    public record Row(String key, int count) {
    }

    public int studentPlaces() {
        return total.students();
    }

    /** The hours, rounded to a whole number, as the page shows them. */
    public long roundedHours() {
        return Math.round(hours);
    }
}
