package uk.partnership.base.images;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * An item's picture as its own row keeps it (event, news post, programme page): the hash, the size of the largest
 * variant and its type copied from the image table, so a page reads the picture with the item and needs no second
 * statement; the alt text (empty when decorative); and whether the coordinator said it shows pupils. The columns are
 * {@code image_hash}, {@code image_width}, {@code image_height}, {@code image_extension}, {@code image_alt} and
 * {@code image_pupils} (V45, V49), which a statement selects for {@link #read}.
 */
@Embeddable
public class PictureColumns {

    private @Nullable String imageHash;
    private @Nullable Integer imageWidth;
    private @Nullable Integer imageHeight;
    private @Nullable String imageExtension;
    private String imageAlt = "";
    private boolean imagePupils;

    protected PictureColumns() {
    }

    /** The columns of {@code picture} (none when null); {@code pupils} says the schools' photo consent was confirmed. */
    public static PictureColumns of(@Nullable Picture picture, boolean pupils) {
        PictureColumns columns = new PictureColumns();
        if (picture != null) {
            columns.imageHash = picture.hash();
            columns.imageWidth = picture.width();
            columns.imageHeight = picture.height();
            columns.imageExtension = picture.extension();
            columns.imageAlt = picture.alt();
            columns.imagePupils = pupils;
        }
        return columns;
    }

    /** Adds what an audit entry records of the picture: its hash, alt text and the pupils' flag. */
    public static void describe(@Nullable PictureColumns columns, Map<String, Object> fields) {
        fields.put("picture", columns == null || columns.imageHash == null ? "" : columns.imageHash);
        fields.put("pictureAlt", columns == null ? "" : columns.imageAlt);
        fields.put("picturePupils", columns != null && columns.imagePupils);
    }

    /** The picture of a row that has these columns; null when it has none. */
    public static @Nullable Picture read(ResultSet rs) throws SQLException {
        String hash = rs.getString("image_hash");
        return hash == null ? null : new Picture(hash, rs.getInt("image_width"), rs.getInt("image_height"),
                rs.getString("image_extension"), rs.getString("image_alt"));
    }
}
