package uk.partnership.events;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event category from the coordinator's list. */
@Entity
@Table(name = "category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String slug;
    private int position;
    private boolean retired;

    @Version
    private long version;

    protected Category() {
    }

    Category(String name, String slug, int position) {
        this.name = name;
        this.slug = slug;
        this.position = position;
    }

    Long getId() {
        return id;
    }

    CategoryView toView() {
        return new CategoryView(id, name, slug);
    }
}
