package uk.partnership.features.events;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The categories' names for other modules, retired ones included, so they never read the category table. */
@Service
public class CategoryNames {

    private final JdbcClient jdbc;

    CategoryNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category's name by id, in the coordinator's order. */
    @Transactional(readOnly = true)
    public Map<Long, String> all() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from category order by position, name")
                .query((rs, row) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
        return names;
    }

    @Transactional(readOnly = true)
    public boolean exists(long id) {
        return jdbc.sql("select count(*) from category where id = :id").param("id", id).query(Long.class).single() > 0;
    }
}
