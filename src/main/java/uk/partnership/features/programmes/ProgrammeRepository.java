package uk.partnership.features.programmes;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<ProgrammePage, Long> {
}
