package uk.partnership.features.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;

/** Builds events for tests through the same entity the coordinator's screens will use. */
@Component
class EventFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String AUTHOR = "fixture@example.org";

    private final EventRepository events;
    private final CategoryRepository categories;
    private final SchoolDirectory schools;
    private final Clock clock;

    EventFixtures(EventRepository events, CategoryRepository categories, SchoolDirectory schools, Clock clock) {
        this.events = events;
        this.categories = categories;
        this.schools = schools;
        this.clock = clock;
    }

    Category category(String slug) {
        return categories.findBySlug(slug).orElseGet(() -> categories.saveAndFlush(
                new Category("Fixture " + slug, slug, 100)));
    }

    Event timed(String slug, LocalDateTime start, LocalDateTime end, String... schoolSlugs) {
        Event event = draft(slug, schoolSlugs);
        event.timed(start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant());
        event.publish(clock.instant(), AUTHOR);
        return events.saveAndFlush(event);
    }

    Event allDay(String slug, LocalDate first, LocalDate last, String... schoolSlugs) {
        Event event = draft(slug, schoolSlugs);
        event.allDay(first, last, LONDON);
        event.publish(clock.instant(), AUTHOR);
        return events.saveAndFlush(event);
    }

    Event unpublished(String slug, LocalDateTime start, LocalDateTime end) {
        Event event = draft(slug);
        event.timed(start.atZone(LONDON).toInstant(), end.atZone(LONDON).toInstant());
        return events.saveAndFlush(event);
    }

    Event cancel(Event event, String reason) {
        event.cancel(reason, clock.instant(), AUTHOR);
        return events.saveAndFlush(event);
    }

    Event save(Event event) {
        return events.saveAndFlush(event);
    }

    private Event draft(String slug, String... schoolSlugs) {
        Event event = new Event(title(slug), slug, category("fixture-talks"), clock.instant(), AUTHOR);
        event.describe("A fixture event called " + title(slug) + ".", "Some **Markdown** text.");
        event.venue("Amey Theatre", "Park Road, Abingdon OX14 1DE", null);
        event.hostedBy(Arrays.stream(schoolSlugs)
                .map(school -> schools.bySlug(school).orElseThrow().id())
                .collect(Collectors.toSet()));
        event.forAudiences(EnumSet.of(Audience.STUDENTS), Set.of(12, 13));
        return event;
    }

    static String title(String slug) {
        return "Fixture " + slug.replace('-', ' ');
    }

    SchoolView school(String slug) {
        return schools.bySlug(slug).orElseThrow();
    }
}
