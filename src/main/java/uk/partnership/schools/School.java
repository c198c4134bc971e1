package uk.partnership.schools;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    @Version
    private long version;

    private Instant createdAt;
    private Instant updatedAt;

    protected School() {
    }

    SchoolView toView() {
        return new SchoolView(id, name, slug, sector, website, address, description, colour);
    }
}
