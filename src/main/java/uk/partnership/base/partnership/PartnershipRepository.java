package uk.partnership.base.partnership;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, Short> {

    @Query("select a from PartnershipAim a order by a.position")
    List<PartnershipAim> findAims();

    @Query("select l from PartnershipLink l order by l.kind, l.position")
    List<PartnershipLink> findLinks();

    /** The settings row, locked until the transaction ends, so two saves cannot both pass the version check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Partnership p where p.id = " + Partnership.ONLY_ID)
    Optional<Partnership> findForUpdate();

    /** Run at once (not at flush), so the new rows can take the same positions in the same transaction. */
    @Modifying(flushAutomatically = true)
    @Query("delete from PartnershipAim")
    void deleteAims();

    @Modifying(flushAutomatically = true)
    @Query("delete from PartnershipLink")
    void deleteLinks();
}
