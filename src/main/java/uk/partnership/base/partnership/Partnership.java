package uk.partnership.base.partnership;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureRef;

/** The partnership's settings: one row, edited by the coordinator. */
@Entity
@Table(name = "partnership")
class Partnership {

    static final short ONLY_ID = 1;

    @Id
    private Short id;

    private String name;
    private String shortName;
    private String strapline;
    private String about;
    private LocalDate launchedOn;
    private String launchNote;
    private String contactName;
    private String contactEmail;

    /** Its logo (issue 20), read with the settings every page shows. */
    @Embedded
    @AttributeOverride(name = "hash", column = @Column(name = "logo_hash"))
    @AttributeOverride(name = "width", column = @Column(name = "logo_width"))
    @AttributeOverride(name = "height", column = @Column(name = "logo_height"))
    @AttributeOverride(name = "extension", column = @Column(name = "logo_extension"))
    @AttributeOverride(name = "alt", column = @Column(name = "logo_alt"))
    private PictureRef logo = PictureRef.of(null);

    @Version
    private long version;

    private Instant updatedAt;
    private String updatedBy;

    protected Partnership() {
    }

    /** The settings row of a new installation, to be filled by {@link #edit}. */
    static Partnership first() {
        var partnership = new Partnership();
        partnership.id = ONLY_ID;
        return partnership;
    }

    /** Takes the coordinator's values; JPA moves {@link #getVersion() the version} on when it saves. */
    void edit(String name, String shortName, String strapline, String about, @Nullable LocalDate launchedOn,
              String launchNote, String contactName, String contactEmail, Instant now, String by) {
        this.name = name;
        this.shortName = shortName;
        this.strapline = strapline;
        this.about = about;
        this.launchedOn = launchedOn;
        this.launchNote = launchNote;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Shows {@code logo} (none: null); {@code by} is named to anyone whose later save is refused. */
    void showLogo(@Nullable Picture logo, Instant now, String by) {
        this.logo = PictureRef.of(logo);
        this.updatedAt = now;
        this.updatedBy = by;
    }

    @Nullable Picture logo() {
        return PictureRef.picture(logo);
    }

    String getName() {
        return name;
    }

    String getShortName() {
        return shortName;
    }

    String getStrapline() {
        return strapline;
    }

    String getAbout() {
        return about;
    }

    LocalDate getLaunchedOn() {
        return launchedOn;
    }

    String getLaunchNote() {
        return launchNote;
    }

    String getContactName() {
        return contactName;
    }

    String getContactEmail() {
        return contactEmail;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Who last saved the settings, as their name; null if no one has since the row was loaded. */
    @Nullable String getUpdatedBy() {
        return updatedBy;
    }
}
