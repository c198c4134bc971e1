package uk.partnership.base.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the partnership's aims, shown in order. */
@Entity
@Table(name = "partnership_aim")
class PartnershipAim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;
    private String title;
    private String body;

    protected PartnershipAim() {
    }

    PartnershipAim(int position, String title, String body) {
        this.position = position;
        this.title = title;
        this.body = body;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }
}
