package uk.partnership.features.news;

import java.time.Instant;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import uk.partnership.base.content.DraftedContent;

/**
 * A news post, as the coordinator edits it: the shared text, version and editor of {@link DraftedContent}, its
 * status and publish time, author and related schools. Public pages read posts through {@link NewsFeed}, never
 * through this entity.
 */
@Entity
@Table(name = "news_post")
class NewsPost extends DraftedContent {

    @Column(updatable = false)
    private UUID uid = UUID.randomUUID();

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

    protected NewsPost() {
    }

    NewsPost(Long authorId, String authorName, Instant now, String by) {
        super(now, by);
        this.authorId = authorId;
        this.authorName = authorName;
    }

    void relate(Set<Long> schoolIds) {
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

    @Override
    protected void describeStatus(Map<String, Object> fields) {
        fields.put("status", status);
        fields.put("publishAt", publishAt);
    }

    @Override
    protected void describeOwn(Map<String, Object> fields) {
        fields.put("schools", List.copyOf(new TreeSet<>(schoolIds)));
    }
}
