package uk.partnership.base.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The partnership's term dates, as the holidays between terms: the public /term-dates page reads them, and
 * repeating events skip the days they cover. Coordinators edit them through
 * {@link TermDatesAdminService}.
 * <p>
 * Its reads run without a transaction of their own, each statement on its own (or in the caller's transaction, if
 * there is one): a JPA transaction, which opens a Hibernate session, took 40 % of the time of these plain SQL reads
 * (issue 18).
 */
@Service
public class TermDates {

    private static final String SELECT = "select id, name, first_day, last_day, version from term_break ";

    private final JdbcClient jdbc;

    TermDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every break, earliest first. */
    public List<TermBreakView> all() {
        return jdbc.sql(SELECT + "order by first_day, id").query(TermDates::view).list();
    }

    /** The breaks that have not ended by {@code today} (the current one included), earliest first. */
    public List<TermBreakView> fromDay(LocalDate today) {
        return jdbc.sql(SELECT + "where last_day >= :today order by first_day, id").param("today", today)
                .query(TermDates::view).list();
    }

    /** The breaks that overlap the days [first, last], earliest first: a new break must not overlap another. */
    List<TermBreakView> overlapping(LocalDate first, LocalDate last) {
        return jdbc.sql(SELECT + "where last_day >= :first and first_day <= :last order by first_day, id")
                .param("first", first).param("last", last).query(TermDates::view).list();
    }

    Optional<TermBreakView> byId(long id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(TermDates::view).optional();
    }

    /**
     * Breaks grouped by the school year they belong to ({@link TermBreakView#schoolYear()}), in order, under the
     * year's name as schools write it: "2026–27".
     */
    static Map<String, List<TermBreakView>> bySchoolYear(List<TermBreakView> breaks) {
        Map<String, List<TermBreakView>> years = new LinkedHashMap<>();
        for (TermBreakView termBreak : breaks) {
            int year = termBreak.schoolYear();
            String name = year + "\u2013" + String.format("%02d", (year + 1) % 100);
            years.computeIfAbsent(name, ignored -> new ArrayList<>()).add(termBreak);
        }
        return years;
    }

    private static TermBreakView view(ResultSet rs, int row) throws SQLException {
        return new TermBreakView(rs.getLong("id"), rs.getString("name"), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getInt("version"));
    }
}
