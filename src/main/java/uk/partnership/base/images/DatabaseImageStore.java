package uk.partnership.base.images;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The variants in PostgreSQL, one bytea row each, so that every instance of the site serves them. */
@Repository
class DatabaseImageStore implements ImageStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseImageStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Picture picture(ResultSet rs, int row) throws SQLException {
        return new Picture(rs.getString("hash"), rs.getInt("width"), rs.getInt("height"), rs.getString("extension"), "");
    }

    @Override
    @Transactional
    public void save(ImageCheck.Processed processed) {
        if (touch(processed.hash()).isPresent()) {
            return;
        }
        var largest = processed.largest();
        int added = jdbc.sql("""
                insert into image (hash, width, height, extension, touched_at)
                values (:hash, :width, :height, :extension, :now)
                on conflict (hash) do nothing""")
                .param("now", now()).param("hash", processed.hash()).param("width", largest.width()).param("height", largest.height())
                .param("extension", processed.extension()).update();
        if (added == 0) {
            return;
        }
        for (var variant : processed.variants()) {
            jdbc.sql("insert into image_variant (hash, width, bytes) values (:hash, :width, :bytes)")
                    .param("hash", processed.hash()).param("width", variant.width()).param("bytes", variant.bytes())
                    .update();
        }
    }

    @Override
    @Transactional
    public Optional<Picture> touch(String hash) {
        return jdbc.sql("update image set touched_at = :now where hash = :hash returning hash, width, height, extension")
                .param("now", now()).param("hash", hash).query(DatabaseImageStore::picture).optional();
    }

    @Override
    public Optional<Picture> find(String hash) {
        return jdbc.sql("select hash, width, height, extension from image where hash = :hash").param("hash", hash)
                .query(DatabaseImageStore::picture).optional();
    }

    @Override
    public Optional<StoredVariant> variant(String hash, int width, String extension) {
        return jdbc.sql("""
                select v.bytes, i.extension from image_variant v join image i on i.hash = v.hash
                where v.hash = :hash and v.width = :width and i.extension = :extension""")
                .param("hash", hash).param("width", width).param("extension", extension)
                .query((rs, row) -> new StoredVariant(rs.getBytes("bytes"), rs.getString("extension")))
                .optional();
    }
}
