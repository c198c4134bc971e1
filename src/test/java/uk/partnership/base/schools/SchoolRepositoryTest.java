package uk.partnership.base.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schools table on real PostgreSQL (the schema comes from Flyway, as in production). */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class SchoolRepositoryTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolsAreListedInTheirChosenOrderThenByName() {
        insert("Zeta Academy", "zeta-academy", "#174a7c", -2);
        insert("Alpha Academy", "alpha-academy", "#174a7c", -1);
        insert("Beta Academy", "beta-academy", "#174a7c", -1);

        var names = schools.findAllByOrderByPositionAscNameAsc().stream().map(school -> school.toView().name()).toList();

        assertThat(names).startsWith("Zeta Academy", "Alpha Academy", "Beta Academy");
    }

    @Test
    void schoolIsFoundBySlug() {
        insert("Gamma Academy", "gamma-academy", "#5b2a86", 0);

        assertThat(schools.findBySlug("gamma-academy")).map(school -> school.toView().colour()).contains("#5b2a86");
        assertThat(schools.findBySlug("no-such-academy")).isEmpty();
    }

    @Test
    void databaseRefusesASlugThatIsNotLowercaseWordsWithHyphens() {
        assertThatThrownBy(() -> insert("Bad", "Bad Slug", "#174a7c", 0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void databaseRefusesAColourThatIsNotAHexTriplet() {
        assertThatThrownBy(() -> insert("Bad colour", "bad-colour", "red", 0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void slugsAreUnique() {
        insert("Delta Academy", "delta-academy", "#174a7c", 0);

        assertThatThrownBy(() -> insert("Delta Academy again", "delta-academy", "#174a7c", 0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void partnershipSettingsHaveExactlyOneRow() {
        assertThatThrownBy(() -> jdbc.sql("insert into partnership (id, name, short_name) values (2, 'Other', 'O')")
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insert(String name, String slug, String colour, int position) {
        jdbc.sql("""
                        insert into school (name, slug, sector, colour, position)
                        values (:name, :slug, 'STATE', :colour, :position)""")
                .param("name", name).param("slug", slug).param("colour", colour).param("position", position)
                .update();
    }
}
