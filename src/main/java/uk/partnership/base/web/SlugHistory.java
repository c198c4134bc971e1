package uk.partnership.base.web;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The slugs of one kind of item (events, news posts, schools) and their earlier slugs, which keep redirecting
 * after a rename. A slug is taken if any other item uses it now or used it before.
 *
 * <p>Two items of one kind saved at once, by two coordinators or two instances, would both find a slug free and the
 * later insert would break the table's unique key. So every question asked here first takes the table's
 * {@link TableLock}: the later transaction waits until the earlier one has ended, and then sees the slug it saved (a
 * generated slug goes on to "-2"; a typed one is told it is taken).
 */
public final class SlugHistory {

    private final JdbcClient jdbc;
    private final String table;
    private final String historyTable;
    private final String ownerColumn;

    /** Table and column names are the application's own constants, never user input. */
    public SlugHistory(JdbcClient jdbc, String table, String historyTable, String ownerColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.historyTable = historyTable;
        this.ownerColumn = ownerColumn;
    }

    /** Whether another item than {@code currentId} has this slug, now or as an old address. */
    public boolean taken(String slug, @Nullable Long currentId) {
        TableLock.forChecksOn(jdbc, table);
        Long owner = jdbc.sql("select id from " + table + " where slug = :slug union all select " + ownerColumn
                        + " from " + historyTable + " where slug = :slug limit 1")
                .param("slug", slug).query(Long.class).optional().orElse(null);
        return owner != null && !owner.equals(currentId);
    }

    /** The slug to save: the one typed, else the item's current one, else a free one made from the title. */
    public String choose(@Nullable String typed, @Nullable String current, String title) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        if (current != null) {
            return current;
        }
        return Slugs.unique(Slugs.from(title), slug -> taken(slug, null));
    }

    /** After a rename: the old slug redirects to the item, and the new one is no longer anyone's old slug. */
    public void renamed(String oldSlug, String newSlug, long id) {
        jdbc.sql("delete from " + historyTable + " where slug = :slug").param("slug", newSlug).update();
        jdbc.sql("insert into " + historyTable + " (slug, " + ownerColumn + ") values (:slug, :id) "
                        + "on conflict (slug) do nothing")
                .param("slug", oldSlug).param("id", id).update();
    }
}
