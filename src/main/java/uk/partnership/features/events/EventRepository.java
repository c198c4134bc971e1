package uk.partnership.features.events;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    /** The occurrences of a series from {@code from} on, other than {@code except}, earliest first. */
    @Query("select e from Event e where e.seriesId = :series and e.startsAt >= :from and e.id <> :except "
            + "order by e.startsAt, e.id")
    List<Event> following(Long series, Instant from, Long except);

    @Query("select e from Event e where e.seriesId = :series and e.status = uk.partnership.features.events.EventStatus.DRAFT "
            + "order by e.startsAt, e.id")
    List<Event> draftsOf(Long series);
}
