package uk.partnership.features.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.web.SiteProperties;

/** The coordinator's list of every event, drafts included, filtered and paginated in one statement. */
@Component
class EventAdminList {

    static final int PAGE_SIZE = 25;

    record Filter(@Nullable EventStatus status, @Nullable String school, @Nullable String category,
                  @Nullable YearMonth month, String search) {
    }

    record Row(long id, String title, String slug, EventStatus status, LocalDate day, String category,
               String hosts) {
    }

    record Page(List<Row> rows, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 1;
        }
    }

    private final JdbcClient jdbc;
    private final ZoneId zone;

    EventAdminList(JdbcClient jdbc, SiteProperties site) {
        this.jdbc = jdbc;
        this.zone = site.timeZone();
    }

    @Transactional(readOnly = true)
    Page page(Filter filter, int page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
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
        }
        if (!filter.search().isBlank()) {
            conditions.add("e.title ilike :search");
            params.put("search", "%" + filter.search().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<Row> rows = jdbc.sql("""
                        select e.id, e.title, e.slug, e.status, e.starts_at, e.all_day, c.name as category,
                               coalesce((select string_agg(s.name, ', ' order by s.position, s.name)
                                         from event_host h join school s on s.id = h.school_id
                                         where h.event_id = e.id), '') as hosts
                        from event e join category c on c.id = e.category_id"""
                        + where + " order by e.starts_at desc, e.id desc limit :limit offset :offset")
                .params(params).param("limit", PAGE_SIZE + 1).param("offset", (page - 1) * PAGE_SIZE)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("slug"),
                        EventStatus.valueOf(rs.getString("status")),
                        rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(),
                        rs.getString("category"), rs.getString("hosts")))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext);
    }
}
