package uk.partnership.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member schools, for any page that lists or tags them. */
@Service
@Transactional(readOnly = true)
public class SchoolDirectory {

    private final SchoolRepository schools;
    private final JdbcClient jdbc;

    SchoolDirectory(SchoolRepository schools, JdbcClient jdbc) {
        this.schools = schools;
        this.jdbc = jdbc;
    }

    public List<SchoolView> all() {
        return schools.findAllByOrderByPositionAscNameAsc().stream().map(School::toView).toList();
    }

    public Optional<SchoolView> byId(long id) {
        return schools.findById(id).map(School::toView);
    }

    public Optional<SchoolView> bySlug(String slug) {
        return schools.findBySlug(slug).map(School::toView);
    }

    /** The current slug of a school that was once at {@code oldSlug}, for the redirect from its old address. */
    public Optional<String> renamedTo(String oldSlug) {
        return jdbc.sql("""
                        select s.slug from school_slug_history h join school s on s.id = h.school_id
                        where h.slug = :slug""")
                .param("slug", oldSlug).query(String.class).optional();
    }
}
