package uk.partnership.features.programmes;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.partnership.base.images.PictureColumns;

/**
 * The programme pages as pages read them: the published ones for visitors (one statement each), any page for the
 * coordinator's screens. No transaction of its own: each read is one statement, and one asked inside a caller's
 * transaction takes part in it (issue 18: a read-only transaction around one statement cost a public page more than
 * the statement).
 */
@Service
public class Programmes {

    private static final String COLUMNS = "id, title, slug, summary, body, placement, position, category_id, status, "
            + "image_hash, image_width, image_height, image_extension, image_alt, image_pupils, "
            + "array(select s.series_id from programme_page_series s where s.page_id = programme_page.id "
            + "order by s.series_id) as series_ids";
    private static final RowMapper<ProgrammeView> VIEW = (rs, row) -> new ProgrammeView(rs.getLong("id"),
            rs.getString("title"), rs.getString("slug"), rs.getString("summary"), rs.getString("body"),
            Placement.valueOf(rs.getString("placement")), rs.getInt("position"),
            rs.getObject("category_id", Long.class), seriesIds(rs.getArray("series_ids")), ProgrammeStatus.valueOf(rs.getString("status")),
            PictureColumns.read(rs), rs.getBoolean("image_pupils"));

    private final JdbcClient jdbc;

    Programmes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static List<Long> seriesIds(@Nullable Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList();
    }

    /** The published pages placed in one section, in their order. */
    public List<ProgrammeView> published(Placement placement) {
        return jdbc.sql("select " + COLUMNS + " from programme_page where status = 'PUBLISHED' and placement = :placement "
                        + "order by position, title")
                .param("placement", placement.name()).query(VIEW).list();
    }

    /** The public page at this slug: published only. */
    public Optional<ProgrammeView> bySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from programme_page where slug = :slug and status = 'PUBLISHED'")
                .param("slug", slug).query(VIEW).optional();
    }

    /** The current slug of a published page that once had {@code oldSlug}. */
    public Optional<String> renamedTo(String oldSlug) {
        return jdbc.sql("""
                        select p.slug from programme_slug_history h join programme_page p on p.id = h.page_id
                        where h.slug = :slug and p.status = 'PUBLISHED'""")
                .param("slug", oldSlug).query(String.class).optional();
    }

    /** The slugs of every published page, for the sitemap. */
    public List<String> publicSlugs() {
        return jdbc.sql("select slug from programme_page where status = 'PUBLISHED' order by placement, position, title")
                .query(String.class).list();
    }

    /** Every page, drafts included, for the coordinator's list; never for public pages. */
    List<ProgrammeView> all() {
        return jdbc.sql("select " + COLUMNS + " from programme_page order by placement, position, title")
                .query(VIEW).list();
    }

    /** Any page by id, drafts included: for the coordinator's screens and preview. */
    Optional<ProgrammeView> anyById(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme_page where id = :id").param("id", id).query(VIEW).optional();
    }
}
