package uk.partnership.base.partnership;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

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
