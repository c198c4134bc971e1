package uk.partnership.site;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the partnership's aims, shown in order. */
@Entity
@Table(name = "partnership_aim")
class PartnershipAim {

    @Id
    private Long id;

    private int position;
    private String title;
    private String body;

    protected PartnershipAim() {
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }
}
