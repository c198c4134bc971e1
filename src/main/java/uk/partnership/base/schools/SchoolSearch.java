package uk.partnership.base.schools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.partnership.base.web.SearchHit;
import uk.partnership.base.web.SearchPage;
import uk.partnership.base.web.SearchText;

/** The schools found by search (issue 20), in the order of the schools' list. */
@Service
public class SchoolSearch {

    private final JdbcClient jdbc;

    SchoolSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Schools whose words match {@code text}, among {@code only} when
     * any is given. One statement, which also counts them all.
     */
    public SearchPage<SearchHit> search(String text, Set<String> only, int page, int size) {
        String sql = """
                select s.name, s.slug, count(*) over () as total,
                       ts_headline('english', %s, websearch_to_tsquery('english', :q), :options) as headline
                from school s where """.formatted(SearchText.withoutMarkers("s.description"))
                + " s.search_vector @@ websearch_to_tsquery('english', :q)"
                + (only.isEmpty() ? "" : " and s.slug in (:only)")
                + " order by s.position, s.name limit :limit offset :offset";
        var statement = jdbc.sql(sql).param("q", text).param("options", SearchText.HEADLINE_OPTIONS)
                .param("limit", size).param("offset", (page - 1) * size);
        if (!only.isEmpty()) {
            statement = statement.param("only", only);
        }
        List<SearchHit> hits = new ArrayList<>();
        long[] total = {0};
        statement.query(rs -> {
            hits.add(new SearchHit(rs.getString("name"), "/schools/" + rs.getString("slug"),
                    SearchText.toHtml(rs.getString("headline")), null));
            total[0] = rs.getLong("total");
        });
        return new SearchPage<>(hits, total[0], page, size);
    }
}
