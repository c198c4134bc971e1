package uk.partnership.features.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.documents.DocumentOwner;

/** News posts carry documents (issue 20): a visitor may download those of a post once it is published. */
@Component
class NewsDocuments implements DocumentOwner {

    private final JdbcClient jdbc;
    private final Clock clock;

    NewsDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "news";
    }

    @Override
    public Optional<Item> find(long id) {
        return jdbc.sql("select title, status <> 'DRAFT' and publish_at <= :now as visible from news_post where id = :id")
                .param("id", id).param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Item(NewsAdminService.ITEM, rs.getString("title"), rs.getBoolean("visible"),
                        "/admin/news/" + id))
                .optional();
    }
}
