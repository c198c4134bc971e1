package uk.partnership.features.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.web.SiteProperties;

/**
 * The coordinator's list of every event, drafts included (issue 19): from today on in date order, or the past ones
 * newest first, or one month; a series is one row ("Homework club: 14 dates") holding its dates. Two statements
 * whatever the number of events: the page of rows with the number of rows in all, and the dates of the page's series.
 */
@Component
class EventAdminList {

    static final int PAGE_SIZE = 25;

    /** Which events the list shows when no month is chosen: from today on, or those that ended before today. */
    public enum Period implements LowerCaseChoice {
        UPCOMING, PAST;

        @Override
        public String toString() {
            return posted();
        }
    }

    /** What the list shows of an event: its status, with a cancelled event that has a new date "postponed". */
    public enum Shown {
        DRAFT, PUBLISHED, CANCELLED, POSTPONED
    }

    public record Filter(@Nullable EventStatus status, @Nullable String school, @Nullable String category,
                  @Nullable YearMonth month, String search, Period period) {

        /** A chosen month shows all of it, in date order; otherwise the period decides. */
        public boolean past() {
            return month == null && period == Period.PAST;
        }
    }

    /** One date: an event of its own, or a date of a series. */
    public record Date(long id, String title, Shown status, boolean allDay, ZonedDateTime startsAt, ZonedDateTime endsAt,
                @Nullable LocalDate startDate, @Nullable LocalDate endDate) {

        public boolean draft() {
            return status == Shown.DRAFT;
        }
    }

    /**
     * A row: one event, or a series with the first (in the list's order) of its dates that match and how many match.
     * {@code dates} holds a series' matching dates in date order, for the row to open.
     */
    public record Row(Date first, String slug, String category, String hosts, @Nullable Long seriesId, int count,
               List<Shown> statuses, List<Date> dates) {

        public boolean series() {
            return seriesId != null;
        }
    }

    public record Page(List<Row> rows, int number, int pages) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages;
        }
    }

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final Clock clock;

    EventAdminList(JdbcClient jdbc, SiteProperties site, Clock clock) {
        this.jdbc = jdbc;
        this.zone = site.timeZone();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page page(Filter filter, int page) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(filter, params);
        boolean past = filter.past();
        // A series is one item, keyed by its negated id (event ids are positive); its row shows its first date in
        // the list's order: the next one from today on, the latest one in the past. Only the page's items are joined
        // to their events: joining all of them first read the whole table (10 ms of 20 at 10,000 events).
        String sql = """
                with matching as (
                    select e.id, e.starts_at, e.status, e.postponed_to_id,
                           case when e.series_id is null then e.id else -e.series_id end as item
                    from event e join category c on c.id = e.category_id
                    %s
                ), items as (
                    select item, count(*) as dates,
                           (array_agg(id order by starts_at %s, id %s))[1] as first_id,
                           %s(starts_at) as sort_at,
                           string_agg(distinct case when status = 'CANCELLED' and postponed_to_id is not null
                                                    then 'POSTPONED' else status end, ',') as statuses
                    from matching group by item
                ), shown as (
                    select items.*, count(*) over () as total from items
                    order by sort_at %s, item
                    limit :limit offset :offset
                )
                select i.item, i.dates, i.statuses, i.total,
                       e.id, e.title, e.slug, e.status, e.postponed_to_id, e.all_day, e.starts_at, e.ends_at,
                       e.start_date, e.end_date, e.series_id, c.name as category,
                       coalesce((select string_agg(s.name, ', ' order by s.position, s.name)
                                 from event_host h join school s on s.id = h.school_id
                                 where h.event_id = e.id), '') as hosts
                from shown i join event e on e.id = i.first_id join category c on c.id = e.category_id
                order by i.sort_at %s, i.item"""
                .formatted(where, past ? "desc" : "", past ? "desc" : "", past ? "max" : "min", past ? "desc" : "",
                        past ? "desc" : "");
        int[] total = {0};
        List<Row> rows = jdbc.sql(sql).params(params).param("limit", PAGE_SIZE).param("offset", (page - 1) * PAGE_SIZE)
                .query((rs, n) -> {
                    total[0] = rs.getInt("total");
                    Long seriesId = rs.getObject("series_id", Long.class);
                    return new Row(date(rs), rs.getString("slug"), rs.getString("category"), rs.getString("hosts"),
                            seriesId, rs.getInt("dates"),
                            Arrays.stream(rs.getString("statuses").split(",")).map(Shown::valueOf).sorted().toList(),
                            new ArrayList<>());
                })
                .list();
        addDates(rows, where, params, past);
        int pages = Math.max(1, (total[0] + PAGE_SIZE - 1) / PAGE_SIZE);
        if (rows.isEmpty() && page > 1) {
            pages = Math.max(pages, count(where, params));
        }
        return new Page(rows, page, pages);
    }

    /**
     * What a bulk cancellation would reach, for its confirmation page: the events ticked, and the published dates
     * still to come of the series ticked, in date order. One statement.
     */
    @Transactional(readOnly = true)
    List<Date> selected(List<Long> ids, List<Long> seriesIds) {
        return jdbc.sql("""
                        select e.id, e.title, e.status, e.postponed_to_id, e.all_day, e.starts_at, e.ends_at,
                               e.start_date, e.end_date
                        from event e
                        where e.id in (:ids)
                           or (e.series_id in (:series) and e.status = 'PUBLISHED' and e.ends_at > :now)
                        order by e.starts_at, e.id limit 500""")
                .param("ids", ids.isEmpty() ? List.of(-1L) : ids)
                .param("series", seriesIds.isEmpty() ? List.of(-1L) : seriesIds)
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .query((rs, n) -> date(rs)).list();
    }

    /** The matching dates of the page's series, in the list's order: one statement for all of them. */
    private void addDates(List<Row> rows, String where, Map<String, Object> params, boolean past) {
        Map<Long, Row> series = new LinkedHashMap<>();
        rows.stream().filter(row -> row.seriesId() != null).forEach(row -> series.put(row.seriesId(), row));
        if (series.isEmpty()) {
            return;
        }
        String direction = past ? "desc" : "";
        jdbc.sql("""
                        select e.id, e.title, e.status, e.postponed_to_id, e.all_day, e.starts_at, e.ends_at,
                               e.start_date, e.end_date, e.series_id
                        from event e join category c on c.id = e.category_id
                        %s and e.series_id in (:series)
                        order by e.starts_at %s, e.id %s""".formatted(where, direction, direction))
                .params(params).param("series", series.keySet())
                .query(rs -> {
                    series.get(rs.getLong("series_id")).dates().add(date(rs));
                });
    }

    /** How many pages the filter has, for a page number past the last (the row count comes with the rows). */
    private int count(String where, Map<String, Object> params) {
        int items = jdbc.sql("""
                        select count(distinct case when e.series_id is null then e.id else -e.series_id end)
                        from event e join category c on c.id = e.category_id
                        """ + where).params(params).query(Integer.class).single();
        return Math.max(1, (items + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private String conditions(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("e.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.school() != null) {
            conditions.add("exists (select 1 from event_host h join school s on s.id = h.school_id "
                    + "where h.event_id = e.id and s.slug = :school)");
            params.put("school", filter.school());
        }
        if (filter.category() != null) {
            conditions.add("c.slug = :category");
            params.put("category", filter.category());
        }
        if (filter.month() != null) {
            conditions.add("e.ends_at > :from and e.starts_at < :to");
            params.put("from", filter.month().atDay(1).atStartOfDay(zone).toOffsetDateTime());
            params.put("to", filter.month().plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
        } else {
            // Today's events are upcoming all day, also once they have ended.
            conditions.add(filter.period() == Period.PAST ? "e.ends_at <= :today" : "e.ends_at > :today");
            params.put("today", LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toOffsetDateTime());
        }
        if (!filter.search().isBlank()) {
            conditions.add("e.title ilike :search");
            params.put("search", "%" + filter.search().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return " where " + String.join(" and ", conditions);
    }

    private Date date(ResultSet rs) throws SQLException {
        EventStatus status = EventStatus.valueOf(rs.getString("status"));
        boolean postponed = rs.getObject("postponed_to_id", Long.class) != null;
        Shown shown = status == EventStatus.CANCELLED && postponed ? Shown.POSTPONED : Shown.valueOf(status.name());
        return new Date(rs.getLong("id"), rs.getString("title"), shown, rs.getBoolean("all_day"),
                rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(zone),
                rs.getObject("ends_at", OffsetDateTime.class).atZoneSameInstant(zone),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class));
    }
}
