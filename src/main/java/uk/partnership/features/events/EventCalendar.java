package uk.partnership.features.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureColumns;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.SearchPage;
import uk.partnership.base.web.SearchText;
import uk.partnership.base.web.SiteProperties;

/**
 * The public calendar: published and cancelled events, never drafts. Each method runs one statement for
 * the events (their hosts' ids are on the event's row, kept there from {@code event_host} by triggers, migration V55)
 * plus at most one for the schools, whatever the number of events.
 * <p>
 * Its reads run without a transaction of their own, each statement on its own (or in the caller's transaction, if
 * there is one): a JPA transaction, which opens a Hibernate session, took 40 % of the time of these plain SQL reads
 * (issue 18).
 */
@Service
public class EventCalendar {

    /** How long a cancelled event stays in the feeds, so that subscribed phones drop it. */
    public static final Duration CANCELLED_KEPT_IN_FEEDS = Duration.ofDays(30);
    /** How far back a feed reaches for events that have ended. */
    public static final Period FEED_HISTORY = Period.ofMonths(3);
    /** How far ahead a feed reaches: events further off arrive as the window moves. */
    public static final Period FEED_AHEAD = Period.ofMonths(12);
    /**
     * At most this many events in one feed, those nearest to today: Google Calendar is reported to drop
     * subscriptions over about 1 MB, and a feed event takes about 800 bytes.
     */
    public static final int FEED_MAX_EVENTS = 1000;

    /** At most this many events of a strand of work are asked about for its news (a year of a busy category). */
    public static final int STRAND_EVENTS = 2000;

    /**
     * Every column a public page or feed shows. When an event was postponed to another, the earlier date is read by a
     * join with the few postponed events, hashed once, rather than by a look-up for every event returned (0.1-0.2 ms
     * of the month's statement at 10,000 events, issue 18).
     */
    private static final String SELECT = """
            select e.id, e.uid, e.title, e.slug, e.summary, e.description, e.all_day, e.starts_at, e.ends_at,
                   e.start_date, e.end_date, e.venue_name, e.venue_address, e.online_url, e.whole_partnership,
                   c.id as category_id, c.name as category_name, c.slug as category_slug,
                   e.audiences, e.year_groups, e.booking_text, e.booking_url, e.status, e.cancelled_at,
                   e.cancellation_reason, e.sequence, e.created_at, e.updated_at,
                   e.image_hash, e.image_width, e.image_height, e.image_extension, e.image_alt, e.image_pupils,
                   e.host_ids, p.slug as new_slug, p.starts_at as new_starts_at, p.all_day as new_all_day,
                   p.status = 'PUBLISHED' as new_published, earlier.starts_at as postponed_from
            from event e
            join category c on c.id = e.category_id
            left join event p on p.id = e.postponed_to_id
            left join (select distinct on (o.postponed_to_id) o.postponed_to_id, o.starts_at from event o
                       where o.postponed_to_id is not null and o.status <> 'DRAFT'
                       order by o.postponed_to_id, o.id) earlier on earlier.postponed_to_id = e.id
            where e.status <> 'DRAFT'
            """;

    /**
     * What the month's calendar shows of each event ({@link MonthEvent}): 11 of {@link #SELECT}'s 40 columns, and at
     * 10,000 events a fifth of its bytes (26 against 130 KB for a month). PostgreSQL answered it in 0.4 against 1.6 ms,
     * and the month's page served a quarter to a third more requests a second uncached (issue 18, docs/performance.md).
     * It reads no event's texts.
     */
    private static final String MONTH_SELECT = """
            select e.title, e.slug, e.all_day, e.starts_at, e.ends_at, e.start_date, e.end_date, e.whole_partnership,
                   e.host_ids, e.status = 'CANCELLED' as cancelled,
                   e.status = 'CANCELLED' and e.postponed_to_id is not null as postponed
            from event e
            join category c on c.id = e.category_id
            where e.status <> 'DRAFT'
            """;

    private static final String COUNT = """
            select count(*) as events, coalesce(sum(e.sequence), 0) as changes,
                   (select max(any_event.updated_at) from event any_event) as last_change
            from event e
            join category c on c.id = e.category_id
            where e.status <> 'DRAFT'
            """;

    /**
     * Events that have not ended by {@code from}: the second bound is implied by the first (none of them started
     * before {@code from} less the longest event's length, the top entry of an index), and lets the planner start its
     * walk of the events by start near {@code from} instead of at the first event ever: 0.06 ms for the home page's
     * five, against 0.22 ms checking the end of every past event in the index (issue 18).
     */
    private static final String NOT_ENDED = "e.ends_at > :from and e.starts_at > cast(:from as timestamptz)"
            + " - (select max(l.ends_at - l.starts_at) from event l where l.status <> 'DRAFT')";

    /**
     * Events that overlap [:from, :to), asked as an overlap of periods so that the index on them (migration V53) finds
     * just those.
     */
    private static final String OVERLAPPING = "tstzrange(e.starts_at, e.ends_at) && tstzrange(:from, :to)";

    private final JdbcClient jdbc;
    private final SchoolDirectory schools;
    private final ZoneId zone;

    EventCalendar(JdbcClient jdbc, SchoolDirectory schools, SiteProperties site) {
        this.jdbc = jdbc;
        this.schools = schools;
        this.zone = site.timeZone();
    }

    /**
     * Events that overlap the range [from, to), earliest first: those that end after {@code from} and start before
     * {@code to}.
     */
    public List<EventView> overlapping(Instant from, Instant to, EventFilter filter) {
        var query = new Query(filter).where(OVERLAPPING).param("from", from).param("to", to);
        return query.list("order by e.starts_at, e.id", Integer.MAX_VALUE, 0);
    }

    /**
     * The month calendar's events: those that overlap [from, to), as {@link #overlapping} finds them, with only what
     * the calendar shows of each.
     */
    public List<MonthEvent> month(Instant from, Instant to, EventFilter filter) {
        var query = new Query(filter).where(OVERLAPPING).param("from", from).param("to", to);
        Map<Long, SchoolView> schoolsById = schoolsById();
        return query.statement(MONTH_SELECT, "order by e.starts_at, e.id")
                .query((rs, row) -> new MonthEvent(rs.getString("title"), rs.getString("slug"),
                        rs.getBoolean("all_day"), Row.instant(rs, "starts_at").atZone(zone),
                        Row.instant(rs, "ends_at").atZone(zone), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getBoolean("whole_partnership"),
                        Row.hosts(rs, schoolsById), rs.getBoolean("cancelled"), rs.getBoolean("postponed")))
                .list();
    }

    /**
     * When the first published event matching the filter starts at or after {@code from}, if any: for an empty month,
     * to point to the next month that has events, in one statement however far off it is.
     */
    public Optional<Instant> firstStartFrom(Instant from, EventFilter filter) {
        OffsetDateTime first = new Query(filter).where("e.status = 'PUBLISHED' and e.starts_at >= :from")
                .param("from", from)
                .statement("select min(e.starts_at) from event e join category c on c.id = e.category_id "
                        + "where e.status <> 'DRAFT'", "")
                .query(OffsetDateTime.class).optional().orElse(null);
        return Optional.ofNullable(first).map(OffsetDateTime::toInstant);
    }

    /** Events that have not ended by {@code from}, earliest first, one page at a time. */
    public Page upcoming(Instant from, EventFilter filter, int page, int size) {
        var query = new Query(filter).where(NOT_ENDED).param("from", from);
        return query.page("order by e.starts_at, e.id", page, size);
    }

    /**
     * A strand of work's coming events (a programme page's): those not ended by {@code from} in the category or in
     * one of the series, earliest first, at most {@code limit}. Empty when it follows neither.
     */
    public List<EventView> upcomingOf(@Nullable Long categoryId, Collection<Long> seriesIds, Instant from, int limit) {
        if (categoryId == null && seriesIds.isEmpty()) {
            return List.of();
        }
        return strand(categoryId, seriesIds).where(NOT_ENDED).param("from", from)
                .list("order by e.starts_at, e.id", limit, 0);
    }

    /**
     * The ids of a strand of work's public events that started since {@code since} or are still to come, the first
     * {@link #STRAND_EVENTS} of them: what news about the strand links to. Empty when it follows neither a category
     * nor a series.
     */
    public List<Long> idsOf(@Nullable Long categoryId, Collection<Long> seriesIds, Instant since) {
        if (categoryId == null && seriesIds.isEmpty()) {
            return List.of();
        }
        return strand(categoryId, seriesIds).where("e.starts_at >= :since").param("since", since)
                .statement("select e.id from event e join category c on c.id = e.category_id where e.status <> 'DRAFT'",
                        "order by e.starts_at limit " + STRAND_EVENTS)
                .query(Long.class).list();
    }

    private Query strand(@Nullable Long categoryId, Collection<Long> seriesIds) {
        // -1 matches no category and no series: the other half of the "or" decides.
        return new Query(EventFilter.NONE).where("(e.category_id = :strandCategory or e.series_id in (:strandSeries))")
                .param("strandCategory", categoryId == null ? -1L : categoryId)
                .param("strandSeries", seriesIds.isEmpty() ? List.of(-1L) : List.copyOf(seriesIds));
    }

    /** Events that ended by {@code now}, most recent first, one page at a time. */
    public Page past(Instant now, EventFilter filter, int page, int size) {
        var query = new Query(filter).where("e.ends_at <= :now").param("now", now);
        return query.page("order by e.starts_at desc, e.id desc", page, size);
    }

    /**
     * What a subscribed calendar receives, earliest first: published events from {@link #FEED_HISTORY} ago to
     * {@link #FEED_AHEAD} ahead, and cancelled ones for {@link #CANCELLED_KEPT_IN_FEEDS} after their cancellation; at
     * most {@code limit} of them, those that start nearest to {@code now}.
     */
    public List<EventView> feed(Instant now, EventFilter filter, int limit) {
        return feed(now, new Query(filter), limit);
    }

    /** The feed of a strand of work: the events of its category and of its series ({@link #upcomingOf}). */
    List<EventView> strandFeed(Instant now, @Nullable Long categoryId, Collection<Long> seriesIds, int limit) {
        return feed(now, strand(categoryId, seriesIds), limit);
    }

    private List<EventView> feed(Instant now, Query selection, int limit) {
        List<EventView> nearest = feedQuery(now, selection).param("now", now)
                .list("order by abs(extract(epoch from e.starts_at - :now)), e.id", limit, 0);
        return nearest.stream().sorted(Comparator.comparing(EventView::startsAt).thenComparing(EventView::id)).toList();
    }

    /**
     * A fingerprint of {@link #feed} that changes whenever its content would: for ETag and Last-Modified. The last
     * change is that of any event, whatever its state, so that an event leaving the feed (unpublished, moved to another
     * school or category) moves it too.
     */
    public FeedVersion feedVersion(Instant now, EventFilter filter) {
        return feedVersion(now, new Query(filter));
    }

    /** {@link #feedVersion} of {@link #strandFeed}. */
    FeedVersion strandFeedVersion(Instant now, @Nullable Long categoryId, Collection<Long> seriesIds) {
        return feedVersion(now, strand(categoryId, seriesIds));
    }

    private FeedVersion feedVersion(Instant now, Query selection) {
        return feedQuery(now, selection).statement(COUNT, "")
                .query((rs, row) -> new FeedVersion(rs.getLong("events"), rs.getLong("changes"),
                        Optional.ofNullable(rs.getObject("last_change", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant).orElse(Instant.EPOCH)))
                .single();
    }

    /** Drafts, soonest first, for the coordinator's dashboard; never for public pages. */
    public List<EventView> drafts(int limit) {
        String select = SELECT.replace("where e.status <> 'DRAFT'", "where e.status = 'DRAFT'");
        return toViews(jdbc.sql(select + " order by e.starts_at, e.id limit :limit").param("limit", limit)
                .query((rs, row) -> Row.of(rs)).list());
    }

    /** Any event by id, drafts included: for the coordinator's screens and preview, never for public pages. */
    public Optional<EventView> anyById(long id) {
        String select = SELECT.replace("where e.status <> 'DRAFT'", "where true");
        return jdbc.sql(select + " and e.id = :id").param("id", id)
                .query((rs, row) -> Row.of(rs)).list().stream().findFirst()
                .map(row -> toViews(List.of(row)).getFirst());
    }

    /** Public events by id, earliest first, for a news post's list of the events it is about; drafts are left out. */
    public List<EventView> publicByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new Query(EventFilter.NONE).where("e.id in (:ids)").param("ids", ids)
                .list("order by e.starts_at, e.id", Integer.MAX_VALUE, 0);
    }

    /** The public event at an address's slug, current or earlier: what a pasted link to an event page shows. */
    public Optional<EventView> bySlugOrEarlierSlug(String slug) {
        return bySlug(slug).or(() -> renamedTo(slug).flatMap(this::bySlug));
    }

    public Optional<EventView> bySlug(String slug) {
        return new Query(EventFilter.NONE).where("e.slug = :slug").param("slug", slug)
                .list("", 1, 0).stream().findFirst();
    }

    /** The current slug of an event that was renamed, for redirects from old addresses. */
    public Optional<String> renamedTo(String oldSlug) {
        return jdbc.sql("""
                        select e.slug from event_slug_history h join event e on e.id = h.event_id
                        where h.slug = :slug and e.status <> 'DRAFT'
                        """)
                .param("slug", oldSlug).query(String.class).optional();
    }

    public List<String> publicSlugs() {
        return jdbc.sql("select slug from event where status <> 'DRAFT' order by starts_at desc, id desc")
                .query(String.class).list();
    }

    public List<CategoryView> categories() {
        return jdbc.sql("select id, name, slug from category where not retired order by position, name")
                .query((rs, row) -> new CategoryView(rs.getLong("id"), rs.getString("name"), rs.getString("slug")))
                .list();
    }

    /**
     * The categories a filter names, by their current slug or an earlier one, retired ones included: a calendar
     * subscribed to a category keeps working after the category is renamed or retired. Keyed by the slug asked for.
     */
    Map<String, FilterCategory> categoriesBySlug(Collection<String> slugs) {
        Map<String, FilterCategory> found = new HashMap<>();
        if (slugs.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select c.slug as asked, c.slug, c.name, c.retired from category c where c.slug in (:slugs)
                        union all
                        select h.slug as asked, c.slug, c.name, c.retired
                        from category_slug_history h join category c on c.id = h.category_id where h.slug in (:slugs)""")
                .param("slugs", slugs)
                .query((rs, row) -> found.putIfAbsent(rs.getString("asked"),
                        new FilterCategory(rs.getString("slug"), rs.getString("name"), rs.getBoolean("retired"))))
                .list();
        return found;
    }

    /** A category as a filter names it: its current slug and name, and whether it is retired. */
    /**
     * Public events that match the words of {@code text} (English stemming, {@code websearch_to_tsquery}): upcoming
     * ones first, soonest first, then past ones, latest first. One statement, which also counts them all: it sorts
     * only the matches' ids and times, then reads and highlights the page's events.
     */
    public SearchPage<EventHit> search(String text, Instant now, EventFilter filter, int page, int size) {
        var query = new Query(filter).param("q", text).param("now", now).param("options", SearchText.HEADLINE_OPTIONS)
                .where("e.search_vector @@ websearch_to_tsquery('english', :q)");
        String order = "order by %1$s.ends_at <= :now, case when %1$s.ends_at > :now then %1$s.starts_at end, "
                + "%1$s.starts_at desc, %1$s.id";
        String found = """
                with found as (
                    select e.id, e.starts_at, e.ends_at, count(*) over () as total
                    from event e join category c on c.id = e.category_id
                    where e.status <> 'DRAFT'""";
        String read = SELECT.replaceFirst("select ", "select ts_headline('english', " + SearchText.withoutMarkers(
                        "e.summary || ' ' || e.description || ' ' || e.venue_name")
                        + ", websearch_to_tsquery('english', :q), :options) as headline, f.total, "
                        + "e.ends_at <= :now as past, ")
                .replace("from event e\n", "from found f join event e on e.id = f.id\n");
        List<Row> rows = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        List<Boolean> past = new ArrayList<>();
        long[] total = {0};
        query.statement(found, order.formatted("e") + " limit :limit offset :offset)\n" + read + " "
                        + order.formatted("f"))
                .param("limit", size).param("offset", (page - 1) * size)
                .query(rs -> {
                    rows.add(Row.of(rs));
                    headlines.add(rs.getString("headline"));
                    past.add(rs.getBoolean("past"));
                    total[0] = rs.getLong("total");
                });
        List<EventView> events = toViews(rows);
        List<EventHit> hits = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            hits.add(new EventHit(events.get(i), SearchText.toHtml(headlines.get(i)), past.get(i)));
        }
        return new SearchPage<>(hits, total[0], page, size);
    }

    record FilterCategory(String slug, String name, boolean retired) {
    }

    private Query feedQuery(Instant now, Query selection) {
        return selection
                .where("e.ends_at > :history and e.starts_at < :ahead")
                .where("(e.status = 'PUBLISHED' or e.cancelled_at > :cancelledSince)")
                .param("history", now.atZone(zone).minus(FEED_HISTORY).toInstant())
                .param("ahead", now.atZone(zone).plus(FEED_AHEAD).toInstant())
                .param("cancelledSince", now.minus(CANCELLED_KEPT_IN_FEEDS));
    }

    public record Page(List<EventView> events, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 1;
        }
    }

    /** How many events, how many published changes they have had (their SEQUENCEs), and the latest change. */
    public record FeedVersion(long events, long changes, Instant lastChange) {
    }

    /** One statement over the events table with the filter's conditions. */
    private final class Query {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        Query(EventFilter filter) {
            if (!filter.schools().isEmpty()) {
                // An event of the whole partnership is every school's event. The hosts are looked up for each event
                // the statement walks: "not e.whole_partnership" names the outer row, which keeps PostgreSQL from
                // first hashing every event the schools ever hosted (a school's page: 0.18 against 0.34 ms; issue 18).
                conditions.add("""
                        (e.whole_partnership or exists (select 1 from event_host h join school s on s.id = h.school_id
                                                        where h.event_id = e.id and s.slug in (:schools)
                                                          and not e.whole_partnership))""");
                params.put("schools", filter.schools());
            }
            if (!filter.categories().isEmpty()) {
                conditions.add("c.slug in (:categories)");
                params.put("categories", filter.categories());
            }
            if (!filter.audiences().isEmpty()) {
                conditions.add("e.audiences && array[:audiences]::varchar[]");
                params.put("audiences", filter.audiences().stream().map(Enum::name).sorted().toList());
            }
        }

        Query where(String condition) {
            conditions.add(condition);
            return this;
        }

        Query param(String name, Object value) {
            params.put(name, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
            return this;
        }

        JdbcClient.StatementSpec statement(String select, String order) {
            String where = conditions.stream().map(condition -> " and " + condition).collect(Collectors.joining());
            return jdbc.sql(select + where + " " + order).params(params);
        }

        List<EventView> list(String order, int limit, int offset) {
            String paging = limit == Integer.MAX_VALUE ? "" : " limit " + limit + " offset " + offset;
            return toViews(statement(SELECT, order + paging).query((rs, row) -> Row.of(rs)).list());
        }

        Page page(String order, int page, int size) {
            List<EventView> events = list(order, size + 1, (page - 1) * size);
            boolean hasNext = events.size() > size;
            return new Page(hasNext ? events.subList(0, size) : events, page, hasNext);
        }
    }

    private List<EventView> toViews(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, SchoolView> schoolsById = schoolsById();
        return rows.stream().map(row -> row.toView(schoolsById, zone)).toList();
    }

    private Map<Long, SchoolView> schoolsById() {
        return schools.all().stream().collect(Collectors.toMap(SchoolView::id, Function.identity()));
    }

    /** A row of the events statement, before its host ids become schools. */
    private record Row(long id, UUID uid, String title, String slug, String summary, String description,
                       boolean allDay, Instant startsAt, Instant endsAt, LocalDate startDate, LocalDate endDate,
                       String venueName, String venueAddress, String onlineUrl, boolean wholePartnership,
                       CategoryView category, List<Audience> audiences, List<Integer> yearGroups,
                       String bookingText, String bookingUrl, EventStatus status, Instant cancelledAt,
                       String cancellationReason, int sequence, Instant createdAt, Instant updatedAt,
                       List<Long> hostIds, @Nullable String newSlug, @Nullable Instant newStartsAt, boolean newAllDay,
                       boolean newPublished, @Nullable Instant postponedFrom, @Nullable Picture picture,
                       boolean picturePupils) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("title"),
                    rs.getString("slug"), rs.getString("summary"), rs.getString("description"),
                    rs.getBoolean("all_day"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                    rs.getString("venue_name"), rs.getString("venue_address"), rs.getString("online_url"),
                    rs.getBoolean("whole_partnership"),
                    new CategoryView(rs.getLong("category_id"), rs.getString("category_name"),
                            rs.getString("category_slug")),
                    array(rs.getArray("audiences")).stream().map(value -> Audience.valueOf((String) value)).toList(),
                    array(rs.getArray("year_groups")).stream().map(value -> ((Number) value).intValue()).toList(),
                    rs.getString("booking_text"), rs.getString("booking_url"),
                    EventStatus.valueOf(rs.getString("status")), instant(rs, "cancelled_at"),
                    rs.getString("cancellation_reason"), rs.getInt("sequence"), instant(rs, "created_at"),
                    instant(rs, "updated_at"),
                    hostIds(rs),
                    rs.getString("new_slug"), instant(rs, "new_starts_at"), rs.getBoolean("new_all_day"),
                    rs.getBoolean("new_published"), instant(rs, "postponed_from"),
                    PictureColumns.read(rs),
                    rs.getBoolean("image_pupils"));
        }

        EventView toView(Map<Long, SchoolView> schoolsById, ZoneId zone) {
            List<SchoolView> hosts = hostsOf(hostIds, schoolsById);
            return new EventView(id, uid, title, slug, summary, description, allDay, startsAt.atZone(zone),
                    endsAt.atZone(zone), startDate, endDate, venueName, venueAddress, onlineUrl, wholePartnership,
                    hosts, category, audiences, yearGroups, bookingText, bookingUrl, status, cancelledAt,
                    cancellationReason, sequence, createdAt, updatedAt,
                    newSlug == null || newStartsAt == null ? null
                            : new EventView.NewDate(newSlug, newStartsAt.atZone(zone), newAllDay, newPublished),
                    postponedFrom == null ? null : postponedFrom.atZone(zone), picture, picturePupils);
        }

        /** The schools an event's host ids name, in their order; an id of a school since removed is left out. */
        static List<SchoolView> hosts(ResultSet rs, Map<Long, SchoolView> schoolsById) throws SQLException {
            return hostsOf(hostIds(rs), schoolsById);
        }

        private static List<SchoolView> hostsOf(List<Long> hostIds, Map<Long, SchoolView> schoolsById) {
            return hostIds.stream().map(schoolsById::get).filter(Objects::nonNull).toList();
        }

        private static List<Long> hostIds(ResultSet rs) throws SQLException {
            return array(rs.getArray("host_ids")).stream().map(value -> ((Number) value).longValue()).toList();
        }

        static Instant instant(ResultSet rs, String column) throws SQLException {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        private static List<Object> array(Array array) throws SQLException {
            return array == null ? List.of() : Arrays.asList((Object[]) array.getArray());
        }
    }
}
