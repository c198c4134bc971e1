package uk.partnership.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member schools, for any page that lists or tags them. */
@Service
@Transactional(readOnly = true)
public class SchoolDirectory {

    private final SchoolRepository schools;

    SchoolDirectory(SchoolRepository schools) {
        this.schools = schools;
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
}
