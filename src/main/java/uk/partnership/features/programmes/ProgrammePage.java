package uk.partnership.features.programmes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A programme page as the coordinator edits it (optimistic locking through {@code version}). Public pages read
 * pages through {@link Programmes}, never through this entity.
 */
@Entity
@Table(name = "programme_page")
class ProgrammePage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;
    private String slug;
    private String summary = "";
    private String body = "";

    @Enumerated(EnumType.STRING)
    private Placement placement = Placement.WHAT_WE_DO;

    private int position;

    private @Nullable Long categoryId;

    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;

    private @Nullable Instant publishedAt;

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String updatedBy;

    protected ProgrammePage() {
    }

    ProgrammePage(Instant now, String by) {
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void write(String title, String slug, String summary, String body, Placement placement, int position,
               @Nullable Long categoryId) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.body = body;
        this.placement = placement;
        this.position = position;
        this.categoryId = categoryId;
    }

    void publish(Instant now, String by) {
        this.status = ProgrammeStatus.PUBLISHED;
        this.publishedAt = now;
        edited(now, by);
    }

    void unpublish(Instant now, String by) {
        this.status = ProgrammeStatus.DRAFT;
        edited(now, by);
    }

    void edited(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    String getSlug() {
        return slug;
    }

    ProgrammeStatus getStatus() {
        return status;
    }

    @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The fields an audit entry compares before and after a change. */
    Map<String, Object> describedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", slug);
        fields.put("status", status);
        fields.put("summary", summary);
        fields.put("body", body);
        fields.put("placement", placement);
        fields.put("position", position);
        fields.put("category", categoryId == null ? "" : categoryId);
        return fields;
    }
}
