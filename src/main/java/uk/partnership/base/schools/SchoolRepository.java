package uk.partnership.base.schools;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SchoolRepository extends JpaRepository<School, Long> {

    List<School> findAllByOrderByPositionAscNameAsc();

    Optional<School> findBySlug(String slug);

    /** The school, locked until the transaction ends, so its version is compared and changed in one step. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from School s where s.id = :id")
    Optional<School> findForUpdate(long id);

    @Query("select coalesce(max(s.position), 0) from School s")
    int lastPosition();
}
