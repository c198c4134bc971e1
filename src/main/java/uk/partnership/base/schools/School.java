package uk.partnership.base.schools;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureRef;

/** A member school of the partnership. */
@Entity
@Table(name = "school")
class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String slug;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    private String website;
    private String address;
    private String description;
    private String colour;
    private int position;
    private @Nullable Integer numberOnRoll;

    /** Its crest (issue 20), read with the school. */
    @Embedded
    @AttributeOverride(name = "hash", column = @Column(name = "crest_hash"))
    @AttributeOverride(name = "width", column = @Column(name = "crest_width"))
    @AttributeOverride(name = "height", column = @Column(name = "crest_height"))
    @AttributeOverride(name = "extension", column = @Column(name = "crest_extension"))
    @AttributeOverride(name = "alt", column = @Column(name = "crest_alt"))
    private PictureRef crest = PictureRef.of(null);

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    protected School() {
    }

    /** A new school, listed after the schools there are ({@code position}). */
    School(String slug, int position, Instant now) {
        this.slug = slug;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets what the coordinator's form holds; {@code by} is named to anyone whose later save is refused. */
    void describe(String name, Sector sector, @Nullable String website, String address, String description,
                  String colour, @Nullable Integer numberOnRoll, Instant now, String by) {
        this.name = name;
        this.numberOnRoll = numberOnRoll;
        this.sector = sector;
        this.website = website;
        this.address = address;
        this.description = description;
        this.colour = colour;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Sets the crest (none: null); {@code by} is named to anyone whose later save is refused. */
    void showCrest(@Nullable Picture crest, Instant now, String by) {
        this.crest = PictureRef.of(crest);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    @Nullable Picture crest() {
        return PictureRef.picture(crest);
    }

    void moveTo(String slug) {
        this.slug = slug;
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

    @Nullable Integer getNumberOnRoll() {
        return numberOnRoll;
    }

    long getVersion() {
        return version;
    }

    @Nullable String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The fields an audit entry compares before and after a change, in the form's order. */
    Map<String, Object> describedFields() {
        return fields(name, slug, sector, website, address, description, colour, numberOnRoll);
    }

    static Map<String, Object> fields(String name, String slug, Sector sector, @Nullable String website,
                                      String address, String description, String colour,
                                      @Nullable Integer numberOnRoll) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("slug", slug);
        fields.put("sector", sector);
        fields.put("website", website == null ? "" : website);
        fields.put("address", address);
        fields.put("description", description);
        fields.put("colour", colour);
        fields.put("numberOnRoll", numberOnRoll == null ? "" : numberOnRoll);
        return fields;
    }

    SchoolView toView() {
        return new SchoolView(id, name, slug, sector, website, address, description, colour, crest());
    }
}
