package uk.partnership.features.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An event category from the coordinator's list. A retired category is offered for no new filter or event,
 * but the events that have it keep it.
 */
@Entity
@Table(name = "category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String slug;
    private int position;
    private boolean retired;

    @Version
    private long version;

    /** Set by the database when a category is added, and here on every change. */
    @Column(insertable = false)
    private Instant updatedAt;

    private String updatedBy;

    protected Category() {
    }

    Category(String name, String slug, int position) {
        this.name = name;
        this.slug = slug;
        this.position = position;
    }

    /** A category added by a coordinator; {@code by} is named to anyone whose later save is refused. */
    Category(String name, String slug, int position, String by) {
        this(name, slug, position);
        this.updatedBy = by;
    }

    void rename(String name, String slug, Instant now, String by) {
        this.name = name;
        this.slug = slug;
        changed(now, by);
    }

    void placeAt(int position, Instant now, String by) {
        this.position = position;
        changed(now, by);
    }

    void retire(Instant now, String by) {
        this.retired = true;
        changed(now, by);
    }

    void restore(Instant now, String by) {
        this.retired = false;
        changed(now, by);
    }

    private void changed(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    int getPosition() {
        return position;
    }

    boolean isRetired() {
        return retired;
    }

    long getVersion() {
        return version;
    }

    @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The fields an audit entry compares before and after a change. */
    Map<String, Object> describedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("slug", slug);
        fields.put("position", position);
        fields.put("retired", retired);
        return fields;
    }

    CategoryView toView() {
        return new CategoryView(id, name, slug);
    }
}
