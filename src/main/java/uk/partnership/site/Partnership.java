package uk.partnership.site;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
}
