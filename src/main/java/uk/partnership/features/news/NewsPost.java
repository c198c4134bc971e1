package uk.partnership.features.news;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A news post, as the coordinator edits it (optimistic locking through {@code version}; who changed it last and
 * when). Public pages read posts through {@link NewsFeed}, never through this entity.
 */
@Entity
@Table(name = "news_post")
class NewsPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private UUID uid = UUID.randomUUID();

    private String title;
    private String slug;
    private String summary = "";
    private String body = "";

    @Enumerated(EnumType.STRING)
    private NewsStatus status = NewsStatus.DRAFT;

    private Instant publishAt;

    @Column(updatable = false)
    private Long authorId;

    @Column(updatable = false)
    private String authorName;

    @ElementCollection
    @CollectionTable(name = "news_post_school", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "school_id")
    private Set<Long> schoolIds = new LinkedHashSet<>();

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    protected NewsPost() {
    }

    NewsPost(String title, String slug, Long authorId, String authorName, Instant now, String by) {
        this.title = title;
        this.slug = slug;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void write(String title, String slug, String summary, String body, Set<Long> schoolIds) {
        this.title = title;
        this.slug = slug;
        this.summary = summary;
        this.body = body;
        this.schoolIds = new LinkedHashSet<>(schoolIds);
    }

    /** Public from now on. */
    void publish(Instant now, String by) {
        this.status = NewsStatus.PUBLISHED;
        this.publishAt = now;
        edited(now, by);
    }

    /** Public from {@code when}, which is later than now, without anyone doing anything then. */
    void schedule(Instant when, Instant now, String by) {
        this.status = NewsStatus.SCHEDULED;
        this.publishAt = when;
        edited(now, by);
    }

    /** Back to draft: gone from every public page and the feed. */
    void unpublish(Instant now, String by) {
        this.status = NewsStatus.DRAFT;
        this.publishAt = null;
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

    NewsStatus getStatus() {
        return status;
    }

    String getUpdatedBy() {
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
        fields.put("publishAt", publishAt);
        fields.put("summary", summary);
        fields.put("body", body);
        fields.put("schools", List.copyOf(new TreeSet<>(schoolIds)));
        return fields;
    }
}
