package uk.partnership.features.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.support.DemoContent;

/**
 * The public pages read an event's hosts from the copy on its row (migration V55); whoever writes
 * {@code event_host}, the application or plain SQL, the copy follows, in the schools' id order.
 */
@CalendarTest
class EventHostIdsTest {

    private final EventFixtures fixtures;
    private final EventCalendar calendar;
    private final SchoolDirectory schools;
    private final JdbcClient jdbc;
    private final DataSource dataSource;

    @Autowired
    EventHostIdsTest(EventFixtures fixtures, EventCalendar calendar, SchoolDirectory schools, JdbcClient jdbc,
                     DataSource dataSource) {
        this.fixtures = fixtures;
        this.calendar = calendar;
        this.schools = schools;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @BeforeEach
    void schools() {
        DemoContent.load(dataSource);
    }

    @Test
    void hostsChosenOnTheEventAreShownAndFollowEachChange() {
        Event event = fixtures.timed("hosts-copy", LocalDateTime.of(2026, 11, 3, 18, 0),
                LocalDateTime.of(2026, 11, 3, 20, 0), "radley-college", "abingdon-school");
        assertThat(hostSlugs()).containsExactlyElementsOf(inIdOrder("abingdon-school", "radley-college"));

        event.hostedBy(Set.of(id("john-mason-school")));
        fixtures.save(event);
        assertThat(hostSlugs()).containsExactly("john-mason-school");

        event.hostedBy(Set.of());
        fixtures.save(event);
        assertThat(hostSlugs()).isEmpty();
        assertThat(calendar.bySlug("hosts-copy").orElseThrow().wholePartnership()).isTrue();
    }

    @Test
    void hostsWrittenWithSqlAreFollowedToo() {
        Event event = fixtures.timed("hosts-by-sql", LocalDateTime.of(2026, 11, 4, 18, 0),
                LocalDateTime.of(2026, 11, 4, 20, 0), "radley-college");
        jdbc.sql("insert into event_host (event_id, school_id) select :event, id from school where slug = :slug")
                .param("event", event.getId()).param("slug", "fitzharrys-school").update();
        assertThat(hostSlugs("hosts-by-sql")).containsExactlyElementsOf(inIdOrder("radley-college", "fitzharrys-school"));

        jdbc.sql("update event_host set school_id = :school where event_id = :event and school_id = :was")
                .param("school", id("abingdon-school")).param("event", event.getId()).param("was", id("radley-college"))
                .update();
        assertThat(hostSlugs("hosts-by-sql"))
                .containsExactlyElementsOf(inIdOrder("abingdon-school", "fitzharrys-school"));

        jdbc.sql("delete from event_host where event_id = :event and school_id = :school")
                .param("event", event.getId()).param("school", id("fitzharrys-school")).update();
        assertThat(hostSlugs("hosts-by-sql")).containsExactly("abingdon-school");

        jdbc.sql("truncate event_host").update();
        assertThat(hostSlugs("hosts-by-sql")).isEmpty();
        assertThat(jdbc.sql("select count(*) from event where host_ids <> '{}'").query(Long.class).single())
                .isZero();
    }

    private List<String> hostSlugs() {
        return hostSlugs("hosts-copy");
    }

    private List<String> hostSlugs(String eventSlug) {
        return calendar.bySlug(eventSlug).orElseThrow().hosts().stream().map(SchoolView::slug).toList();
    }

    private long id(String schoolSlug) {
        return schools.bySlug(schoolSlug).orElseThrow().id();
    }

    private List<String> inIdOrder(String... schoolSlugs) {
        return List.of(schoolSlugs).stream().sorted((a, b) -> Long.compare(id(a), id(b))).toList();
    }
}
