package uk.partnership.features.proposals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;
import uk.partnership.features.events.Audience;

/**
 * The representative's proposal form, as typed. It has no status or school field: those come from the
 * proposal's state and the signed-in person, never from the request (no over-posting).
 * <p>
 * The proposed dates are rows of a date and optional start and end times: {@value #ROWS} rows at first, and one more
 * each time "Add another date" is pressed (up to {@value #MAX_ROWS}), which works without JavaScript. Empty rows are
 * ignored.
 */
public record ProposalForm(
        @NotBlank(message = "{proposals.title.required}") @Size(max = 200, message = "{proposals.title.tooLong}")
        @SingleLine String title,
        @NotBlank(message = "{proposals.description.required}") @Size(max = 10000, message = "{proposals.description.tooLong}")
        String description,
        @Size(max = MAX_ROWS, message = "{proposals.dates.tooMany}") List<@Valid DateRow> dates,
        @Nullable Boolean flexible,
        @Size(max = 500, message = "{proposals.flexibleNote.tooLong}") @SingleLine String flexibleNote,
        @Size(max = 300, message = "{proposals.venue.tooLong}") @SingleLine String venue,
        @Nullable List<Audience> audiences,
        @Nullable List<Integer> yearGroups,
        @Nullable Long categoryId,
        @Size(max = 9, message = "{proposals.expectedNumbers.invalid}") @SingleLine String expectedNumbers,
        @Size(max = 5000, message = "{proposals.needs.tooLong}") String needs,
        @Nullable Long version) {

    static final List<Integer> YEAR_GROUPS = List.of(7, 8, 9, 10, 11, 12, 13);
    /** The date rows a new form shows. */
    static final int ROWS = 3;
    /** The most dates a proposal may give. */
    static final int MAX_ROWS = 10;

    public ProposalForm {
        // Never fewer rows than the form shows; the rows sent keep their places, so errors stay by their row.
        List<DateRow> rows = new ArrayList<>(dates == null ? List.of() : dates);
        rows.replaceAll(row -> row == null ? DateRow.EMPTY : row);
        while (rows.size() < ROWS) {
            rows.add(DateRow.EMPTY);
        }
        dates = rows;
    }

    /**
     * One proposed date: the date box is {@code type=date} and the times {@code type=time}, which browsers send as
     * 2027-03-27 and 16:00. They bind through the site's one conversion of dates and times, so a browser without
     * pickers, where people type 27/03/2027, is read the same way as every other form of the site reads it.
     */
    public record DateRow(@Nullable LocalDate day, @Nullable LocalTime starts, @Nullable LocalTime ends) {

        static final DateRow EMPTY = new DateRow(null, null, null);

        boolean isEmpty() {
            return day == null && starts == null && ends == null;
        }

        static DateRow of(ProposedDate date) {
            return new DateRow(date.day(), date.starts(), date.ends());
        }
    }

    boolean isFlexible() {
        return Boolean.TRUE.equals(flexible);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }

    /** The dates given, in the order of their rows: empty rows left out. Only for a form without errors. */
    List<ProposedDate> proposedDates() {
        return dates.stream().filter(row -> !row.isEmpty() && row.day() != null)
                .map(row -> new ProposedDate(row.day(), row.starts(), row.ends())).toList();
    }

    /** The same form with one more empty date row, up to {@value #MAX_ROWS}. */
    ProposalForm withAnotherRow() {
        List<DateRow> rows = new ArrayList<>(dates);
        if (rows.size() < MAX_ROWS) {
            rows.add(DateRow.EMPTY);
        }
        return new ProposalForm(title, description, rows, flexible, flexibleNote, venue, audiences, yearGroups,
                categoryId, expectedNumbers, needs, version);
    }

    public boolean canAddRow() {
        return dates.size() < MAX_ROWS;
    }

    static ProposalForm empty() {
        return new ProposalForm("", "", new ArrayList<>(), false, "", "", new ArrayList<>(), new ArrayList<>(), null, "", "", 0L);
    }

    static ProposalForm of(ProposalView view) {
        return new ProposalForm(view.title(), view.description(),
                new ArrayList<>(view.dates().stream().map(DateRow::of).toList()), view.flexible(),
                view.flexibleNote(), view.venue(), new ArrayList<>(view.audiences()), new ArrayList<>(view.yearGroups()),
                view.categoryId(), view.expectedNumbers() == null ? "" : view.expectedNumbers().toString(), view.needs(),
                view.version());
    }
}
