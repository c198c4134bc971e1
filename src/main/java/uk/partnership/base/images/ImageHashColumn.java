package uk.partnership.base.images;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link PictureOwner} of a table that keeps its items' pictures in an {@code image_hash} column (V45, V49): the
 * owning module subclasses it as a bean naming its own table, so that the images module never names another module's
 * table itself.
 */
public abstract class ImageHashColumn implements PictureOwner {

    private final JdbcClient jdbc;
    private final String sql;

    /** {@code table} is the owning module's constant, never user input. */
    protected ImageHashColumn(JdbcClient jdbc, String table) {
        this(jdbc, table, "image_hash");
    }

    /** A table whose column of picture hashes has another name ({@code school.crest_hash}); constants both. */
    protected ImageHashColumn(JdbcClient jdbc, String table, String column) {
        this.jdbc = jdbc;
        this.sql = "select distinct " + column + " from " + table + " where " + column + " in (:hashes)";
    }

    @Override
    public Set<String> referenced(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(sql).param("hashes", List.copyOf(hashes)).query(String.class).list());
    }
}
