package uk.partnership.site;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, Short> {

    @Query("select a from PartnershipAim a order by a.position")
    List<PartnershipAim> findAims();

    @Query("select l from PartnershipLink l order by l.kind, l.position")
    List<PartnershipLink> findLinks();
}
