package uk.partnership.schools;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, Long> {

    List<School> findAllByOrderByPositionAscNameAsc();

    Optional<School> findBySlug(String slug);
}
