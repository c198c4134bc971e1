package uk.partnership.features.programmes;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.partnership.base.web.SearchHit;
import uk.partnership.base.web.SearchPage;
import uk.partnership.base.web.SearchText;

/** Published programme pages found by search (issue 20); drafts never. */
@Service
public class ProgrammeSearch {

    private final JdbcClient jdbc;

    ProgrammeSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Pages whose words match {@code text}, best match first. One statement, which also counts them all. */
    public SearchPage<SearchHit> search(String text, int page, int size) {
        String sql = """
                select p.title, p.slug, count(*) over () as total,
                       ts_headline('english', %s, websearch_to_tsquery('english', :q), :options) as headline
                from programme_page p
                where p.status = 'PUBLISHED' and p.search_vector @@ websearch_to_tsquery('english', :q)
                order by ts_rank(p.search_vector, websearch_to_tsquery('english', :q)) desc, p.position, p.id
                limit :limit offset :offset""".formatted(SearchText.withoutMarkers("p.summary || ' ' || p.body"));
        List<SearchHit> hits = new ArrayList<>();
        long[] total = {0};
        jdbc.sql(sql).param("q", text).param("options", SearchText.HEADLINE_OPTIONS).param("limit", size)
                .param("offset", (page - 1) * size)
                .query(rs -> {
                    hits.add(new SearchHit(rs.getString("title"), "/programmes/" + rs.getString("slug"),
                            SearchText.toHtml(rs.getString("headline")), null));
                    total[0] = rs.getLong("total");
                });
        return new SearchPage<>(hits, total[0], page, size);
    }
}
