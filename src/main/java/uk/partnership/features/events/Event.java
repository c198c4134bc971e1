package uk.partnership.features.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureColumns;

/**
 * An event, as the coordinator edits it (optimistic locking through {@code version}; who and when changed
 * it; {@code sequence} for calendar clients). Public pages read events through {@link EventCalendar}.
 */
@Entity
@Table(name = "event")
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private UUID uid = UUID.randomUUID();

    private String title;
    private String slug;
    private String summary = "";
    private String description = "";

    private boolean allDay;
    private Instant startsAt;
    private Instant endsAt;
    private LocalDate startDate;
    private LocalDate endDate;

    private String venueName = "";
    private String venueAddress = "";
    private String onlineUrl;
    private boolean wholePartnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @ElementCollection
    @CollectionTable(name = "event_host", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "school_id")
    private Set<Long> hostSchoolIds = new LinkedHashSet<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(20)[]")
    private String[] audiences = {};

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "smallint[]")
    private Short[] yearGroups = {};

    private String bookingText = "";
    private String bookingUrl;

    // Issue 20: the picture, copied from the image table so a page reads it with the event itself.
    @Embedded
    private @Nullable PictureColumns picture = PictureColumns.of(null, false);

    @Enumerated(EnumType.STRING)
    private EventStatus status = EventStatus.DRAFT;

    private Instant cancelledAt;
    private String cancellationReason = "";
    private int sequence;

    @Version
    private long version;

    private Long postponedToId;

    /** The series this event is an occurrence of, if it repeats. */
    private Long seriesId;

    /** Made from a proposal whose dates were flexible: its date is a placeholder until a coordinator saves one. */
    private boolean dateToSet;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected Event() {
    }

    Event(String title, String slug, Category category, Instant now, String author) {
        this.title = title;
        this.slug = slug;
        this.category = category;
        this.createdAt = now;
        this.updatedAt = now;
        this.createdBy = author;
        this.updatedBy = author;
    }

    void timed(Instant startsAt, Instant endsAt) {
        this.allDay = false;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.startDate = null;
        this.endDate = null;
    }

    /** An all-day event from {@code first} to {@code last} inclusive, in the site's zone. */
    void allDay(LocalDate first, LocalDate last, ZoneId zone) {
        this.allDay = true;
        this.startDate = first;
        this.endDate = last;
        this.startsAt = first.atStartOfDay(zone).toInstant();
        this.endsAt = last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    void describe(String summary, String description) {
        this.summary = summary;
        this.description = description;
    }

    void venue(String name, String address, String onlineUrl) {
        this.venueName = name;
        this.venueAddress = address;
        this.onlineUrl = onlineUrl;
    }

    /** A new place from the calendar it was imported from: its name only, the address and link kept. */
    void venueNamed(String name) {
        this.venueName = name;
    }

    void hostedBy(Set<Long> schoolIds) {
        this.wholePartnership = schoolIds.isEmpty();
        this.hostSchoolIds = new LinkedHashSet<>(schoolIds);
    }

    void forAudiences(Set<Audience> audiences, Set<Integer> yearGroups) {
        this.audiences = audiences.stream().map(Enum::name).toArray(String[]::new);
        this.yearGroups = yearGroups.stream().map(Integer::shortValue).toArray(Short[]::new);
    }

    /** Sets or (with null) removes the picture; {@code pupils} says the schools' photo consent was confirmed. */
    void picture(@Nullable Picture picture, boolean pupils) {
        this.picture = PictureColumns.of(picture, pupils);
    }

    void booking(String text, String url) {
        this.bookingText = text;
        this.bookingUrl = url;
    }

    void publish(Instant now, String by) {
        this.status = EventStatus.PUBLISHED;
        this.cancelledAt = null;
        this.cancellationReason = "";
        changed(now, by);
    }

    /** Back to draft: gone from every public page and feed. */
    void unpublish(Instant now, String by) {
        this.status = EventStatus.DRAFT;
        changed(now, by);
    }

    /** Its date is a placeholder: it cannot be published until a coordinator saves a date in the event form. */
    void markDateToSet() {
        this.dateToSet = true;
    }

    /** A coordinator saved the event form, date fields and all: the date is now the one they chose. */
    void dateSet() {
        this.dateToSet = false;
    }

    boolean isDateToSet() {
        return dateToSet;
    }

    void postponedTo(Event replacement) {
        this.postponedToId = replacement.getId();
    }

    void rename(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    /** An edit saved by a coordinator; a published or cancelled event tells calendars to refresh. */
    void edited(Instant now, String by) {
        if (status == EventStatus.DRAFT) {
            this.updatedAt = now;
            this.updatedBy = by;
        } else {
            changed(now, by);
        }
    }

    void cancel(String reason, Instant now, String by) {
        this.status = EventStatus.CANCELLED;
        this.cancelledAt = now;
        this.cancellationReason = reason;
        changed(now, by);
    }

    /** A cancelled event on again: public as before, and calendars that removed it restore it (SEQUENCE rises). */
    void reinstate(Instant now, String by) {
        this.status = EventStatus.PUBLISHED;
        this.cancelledAt = null;
        this.cancellationReason = "";
        changed(now, by);
    }

    /** Every published change tells calendar clients to refresh their copy. */
    private void changed(Instant now, String by) {
        this.sequence++;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    EventStatus getStatus() {
        return status;
    }

    String getTitle() {
        return title;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Category getCategory() {
        return category;
    }

    void categorise(Category category) {
        this.category = category;
    }

    /** The fields an audit entry compares before and after a change. */
    Map<String, Object> describedFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("allDay", allDay);
        fields.put("start", allDay ? startDate : startsAt);
        fields.put("end", allDay ? endDate : endsAt);
        fields.put("summary", summary);
        fields.put("description", description);
        fields.put("venue", venueName);
        fields.put("address", venueAddress);
        fields.put("onlineUrl", onlineUrl);
        fields.put("hosts", wholePartnership ? List.of("whole partnership") : List.copyOf(hostSchoolIds));
        fields.put("audiences", List.of(audiences));
        fields.put("yearGroups", List.of(yearGroups));
        fields.put("booking", bookingText);
        fields.put("bookingUrl", bookingUrl);
        PictureColumns.describe(picture, fields);
        fields.put("cancellationReason", cancellationReason);
        return fields;
    }

    void inSeries(Long seriesId) {
        this.seriesId = seriesId;
    }

    Long getSeriesId() {
        return seriesId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    Long getPostponedToId() {
        return postponedToId;
    }

    String getSlug() {
        return slug;
    }
}
