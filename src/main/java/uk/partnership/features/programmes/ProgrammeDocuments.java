package uk.partnership.features.programmes;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.documents.DocumentOwner;

/** Programme pages carry documents (issue 20): a visitor may download those of a published page. */
@Component
class ProgrammeDocuments implements DocumentOwner {

    private final JdbcClient jdbc;

    ProgrammeDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "programmes";
    }

    @Override
    public Optional<Item> find(long id) {
        return jdbc.sql("select title, status from programme_page where id = :id").param("id", id)
                .query((rs, row) -> new Item(ProgrammeAdminService.ITEM, rs.getString("title"),
                        ProgrammeStatus.PUBLISHED.name().equals(rs.getString("status")), "/admin/programmes/" + id))
                .optional();
    }
}
