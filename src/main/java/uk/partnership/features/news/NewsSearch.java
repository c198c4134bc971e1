package uk.partnership.features.news;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.partnership.base.web.SearchHit;
import uk.partnership.base.web.SearchPage;
import uk.partnership.base.web.SearchText;
import uk.partnership.base.web.SiteProperties;

/**
 * Public news posts found by search (issue 20): drafts never, scheduled posts from their publish time, as everywhere.
 */
@Service
public class NewsSearch {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    NewsSearch(JdbcClient jdbc, SiteProperties site) {
        this.jdbc = jdbc;
        this.zone = site.timeZone();
    }

    /**
     * Posts whose words match {@code text}, about one of
     * {@code schools} when any is given; newest first. One statement, which also counts them all.
     */
    public SearchPage<SearchHit> search(String text, Instant now, Set<String> schools, int page,
                                        int size) {
        String sql = """
                select p.title, p.slug, p.publish_at, count(*) over () as total,
                       ts_headline('english', %s, websearch_to_tsquery('english', :q), :options) as headline
                from news_post p""".formatted(SearchText.withoutMarkers("p.summary || ' ' || p.body"))
                + NewsFeed.PUBLIC
                + " and p.search_vector @@ websearch_to_tsquery('english', :q)"
                + (schools.isEmpty() ? "" : """
                         and exists (select 1 from news_post_school ps join school s on s.id = ps.school_id
                                     where ps.post_id = p.id and s.slug in (:schools))""")
                + " order by p.publish_at desc, p.id desc limit :limit offset :offset";
        var statement = jdbc.sql(sql).param("q", text).param("options", SearchText.HEADLINE_OPTIONS)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("limit", size).param("offset", (page - 1) * size);
        if (!schools.isEmpty()) {
            statement = statement.param("schools", schools);
        }
        List<SearchHit> hits = new ArrayList<>();
        long[] total = {0};
        statement.query(rs -> {
            hits.add(new SearchHit(rs.getString("title"), "/news/" + rs.getString("slug"),
                    SearchText.toHtml(rs.getString("headline")),
                    rs.getObject("publish_at", OffsetDateTime.class).atZoneSameInstant(zone)));
            total[0] = rs.getLong("total");
        });
        return new SearchPage<>(hits, total[0], page, size);
    }
}
