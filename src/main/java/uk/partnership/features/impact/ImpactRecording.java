package uk.partnership.features.impact;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.features.events.EventActivities;
import uk.partnership.features.events.HeldEvent;

/**
 * Recording who took part: one school's numbers for one event that has started (a published event; each date of a
 * series is one). A representative records for their own school, and only for the events it hosts; the coordinator
 * for any school. Every save is audited in its transaction and refused with {@link EditConflictException} when
 * someone else saved the same school's numbers after the form was opened.
 */
@Service
class ImpactRecording {

    static final String ITEM = "impact";

    private final EventActivities activities;
    private final SchoolDirectory schools;
    private final ImpactStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ImpactRecording(EventActivities activities, SchoolDirectory schools, ImpactStore store, AuditTrail audit,
                    Clock clock) {
        this.activities = activities;
        this.schools = schools;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** A school's line on an event's page: its numbers, if recorded. */
    record SchoolNumbers(SchoolView school, @Nullable Numbers numbers) {
    }

    /**
     * The event, if numbers can be recorded for it by this person: published and started, and, for a representative
     * ({@code onlySchool} set), hosted by their school. Anything else is not found.
     */
    @Transactional(readOnly = true)
    HeldEvent event(long eventId, @Nullable Long onlySchool) {
        return activities.published(eventId)
                .filter(event -> !event.startsAt().isAfter(clock.instant()))
                .filter(event -> onlySchool == null || event.hostedBy(onlySchool))
                .orElseThrow(() -> new NotFoundException("event " + eventId + " to record"));
    }

    /** Every school's numbers for the event (or only the representative's school's), in the schools' order. */
    @Transactional(readOnly = true)
    List<SchoolNumbers> numbers(long eventId, @Nullable Long onlySchool) {
        Map<Long, Numbers> saved = new LinkedHashMap<>();
        store.forEvents(List.of(eventId)).forEach(record -> saved.put(record.schoolId(), record.numbers()));
        return schools.all().stream().filter(school -> onlySchool == null || school.id() == onlySchool)
                .map(school -> new SchoolNumbers(school, saved.get(school.id()))).toList();
    }

    /** The school, if it is one this person may record for. */
    SchoolView school(long schoolId, @Nullable Long onlySchool) {
        if (onlySchool != null && onlySchool != schoolId) {
            throw new NotFoundException("school " + schoolId + " for representative of " + onlySchool);
        }
        return schools.all().stream().filter(school -> school.id() == schoolId).findFirst()
                .orElseThrow(() -> new NotFoundException("school " + schoolId));
    }

    /** The form, filled with the numbers saved now (empty when none are). */
    @Transactional(readOnly = true)
    NumbersForm form(long eventId, long schoolId) {
        return store.find(eventId, schoolId, false).map(NumbersForm::of).orElse(NumbersForm.empty());
    }

    /**
     * Saves a school's numbers for an event; answers whether anything changed. Problems go into {@code errors} and
     * nothing is saved.
     *
     * @throws EditConflictException when someone else saved this school's numbers after the form was opened
     * @throws NotFoundException     when the event or school is not one this person may record for
     */
    @Transactional
    boolean save(Actor actor, long eventId, long schoolId, @Nullable Long onlySchool, NumbersForm form,
                 Errors errors) {
        HeldEvent event = event(eventId, onlySchool);
        SchoolView school = school(schoolId, onlySchool);
        Optional<ImpactRecord> saved = store.find(eventId, schoolId, true);
        long savedVersion = saved.map(ImpactRecord::version).orElse(0L);
        if (saved.isPresent() ? savedVersion != form.version() : form.version() != 0) {
            throw conflict(saved.orElse(null));
        }
        Numbers numbers = NumbersCheck.read(form, store.numbersOnRoll().get(schoolId), school.name(), errors);
        if (numbers == null) {
            return false;
        }
        Map<String, Object> before = saved.map(record -> fields(record.numbers())).orElse(Map.of());
        Map<String, Object> after = fields(numbers);
        var changes = AuditTrail.diff(before, after);
        if (saved.isPresent() && changes.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        if (!store.save(eventId, schoolId, numbers, saved.isPresent(), now, actor.displayName())) {
            // Another person's first numbers for this school arrived between our read and our insert.
            throw conflict(store.find(eventId, schoolId, false).orElse(null));
        }
        audit.record(actor, saved.isPresent() ? "changed" : "recorded", ITEM, eventId,
                event.title() + ": " + school.name(), changes);
        return true;
    }

    private static EditConflictException conflict(@Nullable ImpactRecord saved) {
        if (saved == null) {
            return new EditConflictException("", null, 0L);
        }
        return new EditConflictException(saved.updatedBy() == null ? "" : saved.updatedBy(), saved.updatedAt(),
                saved.version());
    }

    /** The fields an audit entry compares, in the form's order. */
    static Map<String, Object> fields(Numbers numbers) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("students", numbers.students());
        for (int year = Numbers.FIRST_YEAR; year <= Numbers.LAST_YEAR; year++) {
            Integer students = numbers.year(year);
            fields.put("year" + year, students == null ? "" : students);
        }
        fields.put("staff", numbers.staff());
        fields.put("parents", numbers.parents());
        fields.put("others", numbers.others());
        return fields;
    }
}
