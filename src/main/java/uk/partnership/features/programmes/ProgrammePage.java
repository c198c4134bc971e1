package uk.partnership.features.programmes;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.content.DraftedContent;

/**
 * A programme page as the coordinator edits it: the shared text, version and editor of {@link DraftedContent}, and
 * where it is placed, the category it follows and whether it is published. Public pages read pages through
 * {@link Programmes}, never through this entity.
 */
@Entity
@Table(name = "programme_page")
class ProgrammePage extends DraftedContent {

    @Enumerated(EnumType.STRING)
    private Placement placement = Placement.WHAT_WE_DO;

    private int position;

    private @Nullable Long categoryId;

    @ElementCollection
    @CollectionTable(name = "programme_page_series", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "series_id")
    private Set<Long> seriesIds = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status = ProgrammeStatus.DRAFT;

    private @Nullable Instant publishedAt;

    protected ProgrammePage() {
    }

    ProgrammePage(Instant now, String by) {
        super(now, by);
    }

    void place(Placement placement, int position, @Nullable Long categoryId, Set<Long> seriesIds) {
        this.placement = placement;
        this.position = position;
        this.categoryId = categoryId;
        this.seriesIds = new LinkedHashSet<>(seriesIds);
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

    ProgrammeStatus getStatus() {
        return status;
    }

    @Override
    protected void describeStatus(Map<String, Object> fields) {
        fields.put("status", status);
    }

    @Override
    protected void describeOwn(Map<String, Object> fields) {
        fields.put("placement", placement);
        fields.put("position", position);
        fields.put("category", categoryId == null ? "" : categoryId);
        fields.put("series", List.copyOf(new TreeSet<>(seriesIds)));
    }
}
