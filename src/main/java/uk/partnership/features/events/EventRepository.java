package uk.partnership.features.events;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;

interface EventRepository extends JpaRepository<Event, Long> {

    /** The occurrences of a series from {@code from} on, other than {@code except}, earliest first. */
    @Query("select e from Event e where e.seriesId = :series and e.startsAt >= :from and e.id <> :except "
            + "order by e.startsAt, e.id")
    List<Event> following(Long series, Instant from, Long except);

    @Query("select e from Event e where e.seriesId = :series and e.status = uk.partnership.features.events.EventStatus.DRAFT "
            + "order by e.startsAt, e.id")
    List<Event> draftsOf(Long series);

    /** Every date of a series, drafts and cancelled ones included, earliest first. */
    List<Event> findBySeriesIdOrderByStartsAtAscIdAsc(Long seriesId);

    default Event get(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("event " + id));
    }

    /** The event to change, if it is still as it was when the form was opened at {@code formVersion}. */
    default Event toChange(long id, long formVersion) {
        Event event = get(id);
        if (event.getVersion() != formVersion) {
            throw new EditConflictException(event.getUpdatedBy() == null ? "" : event.getUpdatedBy(), event.getUpdatedAt(),
                    event.getVersion());
        }
        return event;
    }
}
