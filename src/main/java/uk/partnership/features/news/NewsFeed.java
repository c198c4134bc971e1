package uk.partnership.features.news;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
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
import uk.partnership.base.web.SiteProperties;

/**
 * The public news: posts that are not drafts and whose publish time has come, by the injected clock. There is no
 * job that publishes a scheduled post: every query here compares its publish time with now, so it appears at
 * that time on every running instance, and never before. Each method runs one statement for the posts (their
 * schools' ids aggregated in the same statement) plus at most one for the schools, whatever the number of posts.
 * <p>
 * Its reads run without a transaction of their own, each statement on its own (or in the caller's transaction, if
 * there is one): a JPA transaction, which opens a Hibernate session, took 40 % of the time of these plain SQL reads
 * (issue 18).
 */
@Service
public class NewsFeed {

    private static final String SELECT = """
            select p.id, p.uid, p.title, p.slug, p.summary, p.body, p.status, p.publish_at, p.author_name,
                   p.created_at, p.updated_at,
                   p.image_hash, p.image_width, p.image_height, p.image_extension, p.image_alt, p.image_pupils,
                   array(select s.school_id from news_post_school s where s.post_id = p.id order by s.school_id) as school_ids
            from news_post p
            """;

    /** What makes a post public. */
    static final String PUBLIC = " where p.status <> 'DRAFT' and p.publish_at <= :now";
    private static final String NEWEST_FIRST = " order by p.publish_at desc, p.id desc";

    /**
     * A limit written into the statement rather than bound as a parameter. With a bound limit PostgreSQL planned the
     * home page's news (0.2 ms, four times its running) and a school's (0.4 ms to run it in 0.02 ms, at 1,000 posts)
     * anew on every request: a plan for any limit never looked as cheap as one for the limit given. With the number in
     * the text it keeps one plan for the statement on each connection (issue 18). The number is an int the code
     * chooses, never a visitor's text.
     */
    private static String limit(int n) {
        return " limit " + n;
    }

    /**
     * The condition that a post is about one school, with the school's id written into the statement rather than bound.
     * With the id bound, PostgreSQL planned a school's news anew on every request for a school with no posts (0.32 ms a
     * request at 1,000 posts, the benchmark's school page): a plan for any school never looked as cheap as one for a
     * school it knows has none. With the id in the text each school's statement keeps its plan (issue 18). The id is a
     * school's key from the database, never a visitor's text.
     */
    private static String aboutSchool(long schoolId) {
        return " and exists (select 1 from news_post_school s where s.post_id = p.id and s.school_id = " + schoolId
                + ")";
    }

    private final JdbcClient jdbc;
    private final SchoolDirectory schools;
    private final Clock clock;
    private final ZoneId zone;

    NewsFeed(JdbcClient jdbc, SchoolDirectory schools, Clock clock, SiteProperties site) {
        this.jdbc = jdbc;
        this.schools = schools;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** The {@code n} newest public posts, for the home page. */
    public List<NewsView> latest(int n) {
        return latest(clock.instant(), n);
    }

    /** The {@code n} newest public posts about one school, for its page. */
    public List<NewsView> forSchool(long schoolId, int n) {
        return query(SELECT + PUBLIC + aboutSchool(schoolId) + NEWEST_FIRST + limit(n), clock.instant())
                .query((rs, row) -> Row.of(rs)).list().stream().collect(toViews());
    }

    /**
     * The {@code n} newest public posts linked to any of these events (a programme page's news: posts about the
     * events of its strand of work). One statement, none when no event is given.
     */
    public List<NewsView> aboutEvents(Collection<Long> eventIds, int n) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return query(SELECT + PUBLIC
                + " and exists (select 1 from news_post_event l where l.post_id = p.id and l.event_id in (:events))"
                + NEWEST_FIRST + " limit :limit", clock.instant())
                .param("events", List.copyOf(eventIds)).param("limit", n)
                .query((rs, row) -> Row.of(rs)).list().stream().collect(toViews());
    }

    /** The slugs of every public post, newest first, for the sitemap. */
    public List<String> publicSlugs() {
        return jdbc.sql("select p.slug from news_post p" + PUBLIC + NEWEST_FIRST)
                .param("now", utc(clock.instant())).query(String.class).list();
    }

    /** One page of public posts, newest first: all of them, or those about one school. */
    Page page(int page, int size, @Nullable Long schoolId) {
        String about = schoolId == null ? "" : aboutSchool(schoolId);
        List<NewsView> posts = query(SELECT + PUBLIC + about + NEWEST_FIRST + " limit :limit offset :offset",
                clock.instant())
                .param("limit", size + 1).param("offset", (page - 1) * size)
                .query((rs, row) -> Row.of(rs)).list().stream().collect(toViews());
        boolean hasNext = posts.size() > size;
        return new Page(hasNext ? posts.subList(0, size) : posts, page, hasNext);
    }

    /** The {@code n} newest posts public at {@code now}. */
    List<NewsView> latest(Instant now, int n) {
        return query(SELECT + PUBLIC + NEWEST_FIRST + limit(n), now)
                .query((rs, row) -> Row.of(rs)).list().stream().collect(toViews());
    }

    Optional<NewsView> bySlug(String slug) {
        return query(SELECT + PUBLIC + " and p.slug = :slug", clock.instant()).param("slug", slug)
                .query((rs, row) -> Row.of(rs)).list().stream().collect(toViews()).stream().findFirst();
    }

    /** The current slug of a public post that was renamed, for redirects from old addresses. */
    Optional<String> renamedTo(String oldSlug) {
        return jdbc.sql("""
                        select p.slug from news_slug_history h join news_post p on p.id = h.post_id
                        where h.slug = :slug and p.status <> 'DRAFT' and p.publish_at <= :now""")
                .param("slug", oldSlug).param("now", utc(clock.instant())).query(String.class).optional();
    }

    /**
     * A fingerprint of the feed at {@code now}, for ETag and Last-Modified: how many posts are public, the latest
     * publish time that has come (so the fingerprint changes when the clock passes a scheduled post's time), and
     * the latest edit of any post (so an edit or an unpublish changes it too).
     */
    FeedVersion feedVersion(Instant now) {
        return jdbc.sql("""
                        select count(*) filter (where p.status <> 'DRAFT' and p.publish_at <= :now) as posts,
                               max(p.publish_at) filter (where p.status <> 'DRAFT' and p.publish_at <= :now) as latest_publish,
                               max(p.updated_at) as last_edit
                        from news_post p""")
                .param("now", utc(now))
                .query((rs, row) -> new FeedVersion(rs.getLong("posts"),
                        orEpoch(Row.instant(rs, "latest_publish")), orEpoch(Row.instant(rs, "last_edit"))))
                .single();
    }

    /** Any post by id, drafts included: for the coordinator's screens and preview, never for public pages. */
    Optional<NewsView> anyById(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id)
                .query((rs, row) -> Row.of(rs)).list().stream().collect(toViews()).stream().findFirst();
    }

    /** Every post, drafts included, the latest first (drafts by their last edit), for the coordinator's list. */
    Page all(int page, int size) {
        List<NewsView> posts = jdbc.sql(SELECT + " order by coalesce(p.publish_at, p.updated_at) desc, p.id desc"
                        + " limit :limit offset :offset")
                .param("limit", size + 1).param("offset", (page - 1) * size)
                .query((rs, row) -> Row.of(rs)).list().stream().collect(toViews());
        boolean hasNext = posts.size() > size;
        return new Page(hasNext ? posts.subList(0, size) : posts, page, hasNext);
    }

    public record Page(List<NewsView> posts, int number, boolean hasNext) {

        public boolean hasPrevious() {
            return number > 1;
        }
    }

    /** How many posts are public, the latest publish time that has come, and the latest edit of any post. */
    record FeedVersion(long posts, Instant latestPublish, Instant lastEdit) {

        Instant lastModified() {
            return latestPublish.isAfter(lastEdit) ? latestPublish : lastEdit;
        }
    }

    private JdbcClient.StatementSpec query(String sql, Instant now) {
        return jdbc.sql(sql).param("now", utc(now));
    }

    private java.util.stream.Collector<Row, ?, List<NewsView>> toViews() {
        return Collectors.collectingAndThen(Collectors.toList(), rows -> {
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, SchoolView> schoolsById = schools.all().stream()
                    .collect(Collectors.toMap(SchoolView::id, Function.identity()));
            return rows.stream().map(row -> row.toView(schoolsById, zone)).toList();
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant orEpoch(@Nullable Instant instant) {
        return instant == null ? Instant.EPOCH : instant;
    }

    /** A row of the posts statement, before its school ids become schools. */
    private record Row(long id, UUID uid, String title, String slug, String summary, String body, NewsStatus status,
                       @Nullable Instant publishAt, String authorName, Instant createdAt, Instant updatedAt,
                       List<Long> schoolIds, @Nullable Picture picture, boolean picturePupils) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("title"),
                    rs.getString("slug"), rs.getString("summary"), rs.getString("body"),
                    NewsStatus.valueOf(rs.getString("status")), instant(rs, "publish_at"), rs.getString("author_name"),
                    instant(rs, "created_at"), instant(rs, "updated_at"), ids(rs.getArray("school_ids")),
                    PictureColumns.read(rs), rs.getBoolean("image_pupils"));
        }

        NewsView toView(Map<Long, SchoolView> schoolsById, ZoneId zone) {
            List<SchoolView> related = schoolIds.stream().map(schoolsById::get).filter(Objects::nonNull).toList();
            return new NewsView(id, uid, title, slug, summary, body, status,
                    publishAt == null ? null : publishAt.atZone(zone), authorName, createdAt, updatedAt, related, picture,
                    picturePupils);
        }

        static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        private static List<Long> ids(@Nullable Array array) throws SQLException {
            return array == null ? List.of()
                    : Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList();
        }
    }
}
