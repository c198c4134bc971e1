package uk.partnership.features.events;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, Long> {

    Optional<Category> findBySlug(String slug);

    /** Every category, retired ones too, in the order the calendar lists them. */
    List<Category> findAllByOrderByPositionAscNameAsc();

    /** The same list, locked until the transaction ends, so a reorder sees and changes it in one step. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Category c order by c.position, c.name")
    List<Category> findAllForUpdate();

    /** The category, locked until the transaction ends, so its version is compared and changed in one step. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Category c where c.id = :id")
    Optional<Category> findForUpdate(long id);

    @Query("select c.id from Category c where lower(c.name) = lower(:name)")
    List<Long> idsNamed(String name);

    @Query("select coalesce(max(c.position), 0) from Category c")
    int lastPosition();

    /** How many events (of any status) have each category. */
    @Query("select e.category.id as categoryId, count(e) as events from Event e group by e.category.id")
    List<EventCount> countEvents();

    interface EventCount {
        long getCategoryId();

        long getEvents();
    }
}
