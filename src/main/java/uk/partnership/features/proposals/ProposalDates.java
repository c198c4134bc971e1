package uk.partnership.features.proposals;

import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.partnership.base.web.SensibleDates;
import uk.partnership.base.web.SiteProperties;

/**
 * A proposal's dates: checked row by row (each message by its own box), saved in place of the ones before, read
 * back in the order given.
 */
@Component
class ProposalDates {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    ProposalDates(JdbcClient jdbc, Clock clock, SiteProperties site) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /**
     * Checks the rows: a row with a time needs its date; a date is today or later; an end time needs a start time
     * and comes after it. Without "flexible", at least one date is needed.
     */
    void check(ProposalForm form, Errors errors) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        boolean any = false;
        for (int i = 0; i < form.dates().size(); i++) {
            ProposalForm.DateRow row = form.dates().get(i);
            String field = "dates[" + i + "].";
            boolean dayUnreadable = errors.hasFieldErrors(field + "day");
            boolean startsUnreadable = errors.hasFieldErrors(field + "starts");
            boolean endsUnreadable = errors.hasFieldErrors(field + "ends");
            if (row.isEmpty() && !dayUnreadable && !startsUnreadable && !endsUnreadable) {
                continue;
            }
            any = true;
            if (row.day() == null && !dayUnreadable) {
                errors.rejectValue(field + "day", "proposals.date.required");
            } else if (row.day() != null && row.day().isBefore(today)) {
                errors.rejectValue(field + "day", "proposals.date.past");
            } else if (row.day() != null && !SensibleDates.contains(row.day())) {
                errors.rejectValue(field + "day", "form.date.outOfRange", SensibleDates.window(), null);
            }
            if (row.ends() != null && row.starts() == null && !startsUnreadable) {
                errors.rejectValue(field + "starts", "proposals.date.startRequired");
            } else if (row.starts() != null && row.ends() != null && !row.ends().isAfter(row.starts())) {
                errors.rejectValue(field + "ends", "proposals.date.endBeforeStart");
            }
        }
        if (!any && !form.isFlexible()) {
            errors.rejectValue("dates[0].day", "proposals.dates.required");
        }
    }

    /** Replaces the proposal's dates with these. */
    void save(long proposalId, List<ProposedDate> dates) {
        jdbc.sql("delete from proposal_date where proposal_id = :id").param("id", proposalId).update();
        int position = 0;
        for (ProposedDate date : dates) {
            jdbc.sql("""
                            insert into proposal_date (proposal_id, position, day, starts_at, ends_at)
                            values (:id, :position, :day, :starts, :ends)
                            """)
                    .param("id", proposalId).param("position", position++).param("day", date.day())
                    .param("starts", time(date.starts())).param("ends", time(date.ends())).update();
        }
    }

    List<ProposedDate> of(long proposalId) {
        return jdbc.sql("select day, starts_at, ends_at from proposal_date where proposal_id = :id order by position")
                .param("id", proposalId)
                .query((rs, row) -> new ProposedDate(rs.getObject("day", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)))
                .list();
    }

    private static @Nullable Time time(@Nullable LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }
}
