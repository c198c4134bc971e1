package uk.partnership.site;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A social link, funder or partner of the partnership. */
@Entity
@Table(name = "partnership_link")
class PartnershipLink {

    enum Kind { SOCIAL, FUNDER, PARTNER }

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int position;
    private String name;
    private String url;
    private String description;

    protected PartnershipLink() {
    }

    Kind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getUrl() {
        return url;
    }

    String getDescription() {
        return description;
    }
}
