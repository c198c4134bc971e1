package uk.partnership.base.content;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureColumns;

/**
 * The columns every drafted, versioned, slugged item has (a news post, a programme page): its text, its version for
 * optimistic locking, and who changed it last and when. A subclass adds its status and its own fields, and says
 * what of them an audit entry compares ({@link #describeStatus}, {@link #describeOwn}). Its mutators are public for
 * the feature's service only: the entity subclasses stay package-private, so no other module holds one.
 */
@MappedSuperclass
public abstract class DraftedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String slug;
    private String summary = "";
    private String body = "";

    // Issue 20: the picture, read with the item's own row.
    @Embedded
    private @Nullable PictureColumns picture = PictureColumns.of(null, false);

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String updatedBy;

    protected DraftedContent() {
    }

    protected DraftedContent(Instant now, String by) {
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The text as the coordinator typed it (title and summary stripped by the caller), under {@code slug}. */
    public void writeText(String title, String slug, String summary, String body) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.body = body;
    }

    /** Sets or (with null) removes the picture; {@code pupils} says the schools' photo consent was confirmed. */
    public void picture(@Nullable Picture picture, boolean pupils) {
        this.picture = PictureColumns.of(picture, pupils);
    }

    public void edited(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * The fields an audit entry compares before and after a change, in the order the audit page shows them: title,
     * slug, the status fields, summary, body, the item's own, then the picture.
     */
    public final Map<String, Object> describedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", slug);
        describeStatus(fields);
        fields.put("summary", summary);
        fields.put("body", body);
        describeOwn(fields);
        PictureColumns.describe(picture, fields);
        return fields;
    }

    /** Adds the status and its time, as the audit records them. */
    protected abstract void describeStatus(Map<String, Object> fields);

    /** Adds the subclass's own fields, as the audit records them. */
    protected abstract void describeOwn(Map<String, Object> fields);
}
