package uk.partnership.base.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents in PostgreSQL. Lists read every column but the bytes; a download reads the bytes of one. */
@Repository
class DocumentStore {

    private static final String VIEW = "select id, title, hash, file_name, size_bytes, pages from document ";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentView> list(String kind, long ownerId) {
        return jdbc.sql(VIEW + "where owner_kind = :kind and owner_id = :owner order by position, id")
                .param("kind", kind).param("owner", ownerId)
                .query((rs, row) -> new DocumentView(rs.getLong("id"), rs.getString("title"), rs.getString("hash"),
                        rs.getString("file_name"), rs.getLong("size_bytes"), rs.getInt("pages")))
                .list();
    }

    long add(String kind, long ownerId, String title, String fileName, DocumentCheck.Checked checked, byte[] bytes,
             Instant now, String by) {
        return jdbc.sql("""
                insert into document (owner_kind, owner_id, position, title, file_name, hash, size_bytes, pages, bytes,
                                      created_at, created_by)
                values (:kind, :owner, (select coalesce(max(position), 0) + 1 from document
                                        where owner_kind = :kind and owner_id = :owner),
                        :title, :fileName, :hash, :size, :pages, :bytes, :now, :by)
                returning id""")
                .param("kind", kind).param("owner", ownerId).param("title", title).param("fileName", fileName)
                .param("hash", checked.hash()).param("size", bytes.length).param("pages", checked.pages())
                .param("bytes", bytes).param("now", java.sql.Timestamp.from(now)).param("by", by)
                .query(Long.class).single();
    }

    /** Removes one of the owner's documents; false when it has no such document. */
    Optional<String> remove(String kind, long ownerId, long id) {
        return jdbc.sql("delete from document where id = :id and owner_kind = :kind and owner_id = :owner returning title")
                .param("id", id).param("kind", kind).param("owner", ownerId).query(String.class).optional();
    }

    /** Swaps the document with the one before it in the owner's list; empty when it is not the owner's. */
    Optional<String> moveUp(String kind, long ownerId, long id) {
        List<DocumentView> listed = list(kind, ownerId);
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).id() == id) {
                if (i > 0) {
                    // Positions are renumbered in list order, with the two swapped.
                    for (int j = 0; j < listed.size(); j++) {
                        int at = j == i ? i - 1 : j == i - 1 ? i : j;
                        jdbc.sql("update document set position = :position where id = :id")
                                .param("position", at + 1).param("id", listed.get(j).id()).update();
                    }
                }
                return Optional.of(listed.get(i).title());
            }
        }
        return Optional.empty();
    }

    /** The documents with this file, oldest first, with their owners: what a download chooses from. */
    List<Stored> withHash(String hash) {
        return jdbc.sql("select id, owner_kind, owner_id, file_name from document where hash = :hash order by id")
                .param("hash", hash)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("owner_kind"), rs.getLong("owner_id"),
                        rs.getString("file_name")))
                .list();
    }

    byte[] bytes(long id) {
        return jdbc.sql("select bytes from document where id = :id").param("id", id).query(byte[].class).single();
    }

    record Stored(long id, String kind, long ownerId, String fileName) {
    }
}
