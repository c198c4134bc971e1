package uk.partnership.base.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A social link, funder or partner of the partnership. */
@Entity
@Table(name = "partnership_link")
class PartnershipLink {

    enum Kind { SOCIAL, FUNDER, PARTNER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private int position;
    private String name;
    private String url;
    private String description;

    protected PartnershipLink() {
    }

    PartnershipLink(Kind kind, int position, String name, @Nullable String url, String description) {
        this.kind = kind;
        this.position = position;
        this.name = name;
        this.url = url;
        this.description = description;
    }

    Kind getKind() {
        return kind;
    }

    int getPosition() {
        return position;
    }

    String getName() {
        return name;
    }

    @Nullable String getUrl() {
        return url;
    }

    String getDescription() {
        return description;
    }
}
