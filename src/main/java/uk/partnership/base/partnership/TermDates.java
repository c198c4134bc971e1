package uk.partnership.base.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The term dates: terms, the holidays between them and INSET days, shared by the partnership or kept by one school
 * as its own. The public /term-dates page, a school's page, the month grid and the term dates feed read them, and
 * repeating events skip the days schools are closed. Coordinators edit them through {@link TermDatesAdminService}.
 * <p>
 * A school that keeps its own terms or holidays for a school year follows only those that year, in place of the
 * shared ones; its own INSET days come on top of the shared ones (a partnership-wide training day closes every
 * school), so a school that keeps the shared terms may still add its own INSET days. See {@link #effective}.
 * <p>
 * Its reads run without a transaction of their own, each statement on its own (or in the caller's transaction, if
 * there is one): a JPA transaction, which opens a Hibernate session, took 40 % of the time of these plain SQL reads
 * (issue 18).
 */
@Service
public class TermDates {

    private static final String SELECT = "select id, kind, name, first_day, last_day, school_id, version from term_break ";
    private static final Comparator<TermDateView> IN_ORDER = Comparator.comparing(TermDateView::firstDay)
            .thenComparing(TermDateView::kind).thenComparing(TermDateView::lastDay).thenComparingLong(TermDateView::id);

    private final JdbcClient jdbc;

    TermDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shared holidays, earliest first. */
    public List<TermBreakView> all() {
        return jdbc.sql(SELECT + "where kind = 'HOLIDAY' and school_id is null order by first_day, id")
                .query(TermDates::view).stream().map(TermDateView::asBreak).toList();
    }

    /** Every entry, shared and schools' own, earliest first: for the coordinator's list. */
    public List<TermDateView> entries() {
        return jdbc.sql(SELECT + "order by first_day, id").query(TermDates::view).list();
    }

    /**
     * The dates a school follows, earliest first: its own where it keeps them, the shared ones otherwise; with a null
     * school, the shared dates.
     */
    public List<TermDateView> forSchool(@Nullable Long schoolId) {
        List<TermDateView> rows = schoolId == null
                ? jdbc.sql(SELECT + "where school_id is null").query(TermDates::view).list()
                : jdbc.sql(SELECT + "where school_id is null or school_id = :school").param("school", schoolId)
                        .query(TermDates::view).list();
        return effective(rows, schoolId);
    }

    /** The term (not a holiday or an INSET day) with this id, shared or a school's own. */
    public Optional<TermDateView> term(long id) {
        return jdbc.sql(SELECT + "where id = :id and kind = 'TERM'").param("id", id).query(TermDates::view).optional();
    }

    /** The dates a school follows ({@link #forSchool}) in the school year that holds {@code today} and later ones. */
    public List<TermDateView> fromSchoolYearOf(LocalDate today, @Nullable Long schoolId) {
        int thisYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return forSchool(schoolId).stream().filter(entry -> entry.schoolYear() >= thisYear).toList();
    }

    /** The days a school (or, with null, every school) is closed, holidays and INSET days, for repeating events. */
    public List<TermBreakView> closedDays(@Nullable Long schoolId) {
        return forSchool(schoolId).stream().filter(entry -> entry.kind().closed()).map(TermDateView::asBreak).toList();
    }

    /**
     * The schools that keep dates of their own: with {@code termsOrHolidays}, those that keep their own terms or
     * holidays (and so follow only those); without, those whose own dates are only extra INSET days on top of the
     * shared terms. A school's page tells the same two cases apart from the dates it shows (SchoolController).
     */
    public Set<Long> schoolsWithOwnDates(boolean termsOrHolidays) {
        return Set.copyOf(jdbc.sql("""
                        select school_id from term_break where school_id is not null
                        group by school_id having bool_or(kind <> 'INSET') = :termsOrHolidays""")
                .param("termsOrHolidays", termsOrHolidays).query(Long.class).list());
    }

    /**
     * Of {@code rows} (the shared entries and those of {@code schoolId}), the ones the school follows: in a school
     * year where it keeps its own terms or holidays, those replace the shared terms and holidays; INSET days, shared
     * and its own, always count.
     */
    static List<TermDateView> effective(List<TermDateView> rows, @Nullable Long schoolId) {
        Set<Integer> ownYears = rows.stream()
                .filter(entry -> schoolId != null && schoolId.equals(entry.schoolId()))
                .filter(entry -> entry.kind() != TermDateKind.INSET)
                .map(TermDateView::schoolYear).collect(Collectors.toSet());
        return rows.stream()
                .filter(entry -> entry.shared() ? entry.kind() == TermDateKind.INSET
                        || !ownYears.contains(entry.schoolYear()) : entry.schoolId().equals(schoolId))
                .sorted(IN_ORDER).toList();
    }

    /** The entries of the same kind and owner that overlap the days [first, last]: such entries cannot overlap. */
    List<TermDateView> overlapping(TermDateKind kind, @Nullable Long schoolId, LocalDate first, LocalDate last) {
        return jdbc.sql(SELECT + """
                        where kind = :kind and coalesce(school_id, -1) = :owner
                          and last_day >= :first and first_day <= :last order by first_day, id""")
                .param("kind", kind.name()).param("owner", schoolId == null ? -1L : schoolId).param("first", first).param("last", last)
                .query(TermDates::view).list();
    }

    Optional<TermDateView> byId(long id) {
        return jdbc.sql(SELECT + "where id = :id").param("id", id).query(TermDates::view).optional();
    }

    /**
     * Entries grouped by the school year they belong to ({@link TermDateView#schoolYear()}), in order, under the
     * year's name as schools write it: "2026–27".
     */
    public static Map<String, List<TermDateView>> bySchoolYear(List<TermDateView> entries) {
        Map<String, List<TermDateView>> years = new LinkedHashMap<>();
        for (TermDateView entry : entries) {
            int year = entry.schoolYear();
            String name = year + "\u2013" + String.format("%02d", (year + 1) % 100);
            years.computeIfAbsent(name, ignored -> new ArrayList<>()).add(entry);
        }
        return years;
    }

    private static TermDateView view(ResultSet rs, int row) throws SQLException {
        return new TermDateView(rs.getLong("id"), TermDateKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getObject("school_id", Long.class), rs.getInt("version"));
    }
}
