package uk.partnership.base.partnership;

import static uk.partnership.base.web.DateFormats.DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.audit.Change;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.TableLock;

/**
 * The editing of the term dates: by a coordinator, any entry (shared or a school's); by a school's representative,
 * only their school's own ({@code onlySchool}): another entry is not found, and what they add is their school's
 * whatever school the form names. Each change is checked against the other entries of the same kind and owner (two
 * holidays cannot overlap), saved with its audit entry in one transaction, and refused with
 * {@link EditConflictException} when someone else saved the entry after the form was opened.
 */
@Service
class TermDatesAdminService {

    static final String ITEM = "term date";

    private final JdbcClient jdbc;
    private final TermDates termDates;
    private final SchoolDirectory schools;
    private final AuditTrail audit;
    private final Clock clock;

    TermDatesAdminService(JdbcClient jdbc, TermDates termDates, SchoolDirectory schools, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.termDates = termDates;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds the entry unless the form has errors (Bean Validation's, already in {@code errors}, or the others). */
    @Transactional
    void add(Actor actor, @Nullable Long onlySchool, TermDateForm typed, Errors errors) {
        TermDateForm form = onlySchool == null ? typed : typed.forSchool(onlySchool);
        check(form, null, errors);
        if (errors.hasErrors()) {
            return;
        }
        long id = jdbc.sql("""
                        insert into term_break (kind, school_id, name, first_day, last_day, updated_at, updated_by)
                        values (:kind, :school, :name, :first, :last, :at, :by) returning id""")
                .param("kind", form.entryKind().name()).param("school", form.schoolId(), java.sql.Types.BIGINT)
                .param("name", form.trimmedName()).param("first", form.first()).param("last", form.last())
                .param("at", now()).param("by", actor.displayName())
                .query(Long.class).single();
        audit.record(actor, "created term date", ITEM, id, form.trimmedName(),
                AuditTrail.diff(Map.of(), snapshot(form)));
    }

    /** Saves the entry; false when nothing differed (nothing is saved). */
    @Transactional
    boolean update(Actor actor, @Nullable Long onlySchool, long id, TermDateForm typed, Errors errors) {
        TermDateView saved = lockedById(id, onlySchool);
        TermDateForm form = onlySchool == null ? typed : typed.forSchool(onlySchool);
        Integer openedAt = form.openedAtVersion();
        if (openedAt == null || openedAt != saved.version()) {
            throw conflict(id);
        }
        check(form, id, errors);
        if (errors.hasErrors()) {
            return false;
        }
        Map<String, Change> changes = AuditTrail.diff(snapshot(TermDateForm.of(saved)), snapshot(form));
        if (changes.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update term_break set kind = :kind, school_id = :school, name = :name, first_day = :first,
                               last_day = :last, version = version + 1, updated_at = :at, updated_by = :by
                        where id = :id""")
                .param("kind", form.entryKind().name()).param("school", form.schoolId(), java.sql.Types.BIGINT)
                .param("name", form.trimmedName()).param("first", form.first()).param("last", form.last())
                .param("at", now()).param("by", actor.displayName()).param("id", id)
                .update();
        audit.record(actor, "changed term date", ITEM, id, form.trimmedName(), changes);
        return true;
    }

    /** Deletes the entry and returns its name; an entry that is already gone (or not the school's) is not found. */
    @Transactional
    String delete(Actor actor, @Nullable Long onlySchool, long id) {
        TermDateView saved = lockedById(id, onlySchool);
        jdbc.sql("delete from term_break where id = :id").param("id", id).update();
        audit.record(actor, "deleted term date", ITEM, id, saved.name(),
                AuditTrail.diff(snapshot(TermDateForm.of(saved)), Map.of()));
        return saved.name();
    }

    /** The entry, if it is there and (for a representative) their school's. */
    @Transactional(readOnly = true)
    Optional<TermDateView> byId(long id, @Nullable Long onlySchool) {
        return termDates.byId(id).filter(entry -> onlySchool == null || onlySchool.equals(entry.schoolId()));
    }

    /** Who saved the entry last and when, for a save refused because theirs came first. */
    @Transactional(readOnly = true)
    EditConflictException conflict(long id) {
        return jdbc.sql("select updated_by, updated_at, version from term_break where id = :id").param("id", id)
                .query((rs, row) -> {
                    String by = rs.getString("updated_by");
                    OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
                    return new EditConflictException(by == null ? "" : by, at == null ? null : at.toInstant(),
                            rs.getLong("version"));
                })
                .optional().orElseThrow(() -> new NotFoundException("term date " + id));
    }

    private TermDateView lockedById(long id, @Nullable Long onlySchool) {
        jdbc.sql("select id from term_break where id = :id for update").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("term date " + id));
        return byId(id, onlySchool).orElseThrow(() -> new NotFoundException("term date " + id));
    }

    private void check(TermDateForm form, @Nullable Long except, Errors errors) {
        form.checkKindAndDays(errors);
        Long school = form.schoolId();
        if (school != null && (school < 0 || schools.byId(school).isEmpty())) {
            errors.rejectValue("school", "admin.termDates.school.unknown");
        }
        checkOverlap(form, except, errors);
    }

    /** Two entries of one kind and owner cannot overlap: the message names the one in the way, by the first day's box. */
    private void checkOverlap(TermDateForm form, @Nullable Long except, Errors errors) {
        TermDateKind kind = form.entryKind();
        LocalDate first = form.first();
        LocalDate last = form.last();
        Long school = form.schoolId();
        if (kind == null || first == null || last == null || last.isBefore(first) || (school != null && school < 0)) {
            return;
        }
        TableLock.forChecksOn(jdbc, "term_break");   // two entries saved at once cannot both pass
        termDates.overlapping(kind, school, first, last).stream()
                .filter(other -> except == null || other.id() != except)
                .findFirst()
                .ifPresent(other -> errors.rejectValue("firstDay", "admin.termDates.overlap",
                        new Object[] {other.name(), DAY.format(other.firstDay()), DAY.format(other.lastDay())}, null));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Object> snapshot(TermDateForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", form.entryKind());
        fields.put("school", form.schoolId());
        fields.put("name", form.trimmedName());
        fields.put("firstDay", form.first());
        fields.put("lastDay", form.last());
        return fields;
    }
}
