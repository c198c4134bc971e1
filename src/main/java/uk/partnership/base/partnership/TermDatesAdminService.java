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
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;

/**
 * The coordinator's editing of the term breaks. Each change is checked against the other breaks (two holidays
 * cannot overlap), saved with its audit entry in one transaction, and refused with
 * {@link EditConflictException} when someone else saved the break after the form was opened.
 */
@Service
class TermDatesAdminService {

    static final String ITEM = "term break";

    private final JdbcClient jdbc;
    private final TermDates termDates;
    private final AuditTrail audit;
    private final Clock clock;

    TermDatesAdminService(JdbcClient jdbc, TermDates termDates, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.termDates = termDates;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds the break unless the form has errors (Bean Validation's, already in {@code errors}, or the dates'). */
    @Transactional
    void add(Actor actor, String by, TermBreakForm form, Errors errors) {
        form.checkDays(errors);
        checkOverlap(form, null, errors);
        if (errors.hasErrors()) {
            return;
        }
        long id = jdbc.sql("""
                        insert into term_break (name, first_day, last_day, updated_at, updated_by)
                        values (:name, :first, :last, :at, :by) returning id""")
                .param("name", form.trimmedName()).param("first", form.first()).param("last", form.last())
                .param("at", now()).param("by", by)
                .query(Long.class).single();
        audit.record(actor, "created term break", ITEM, id, form.trimmedName(),
                AuditTrail.diff(Map.of(), snapshot(form.trimmedName(), form.first(), form.last())));
    }

    /** Saves the break; false when nothing differed (nothing is saved). */
    @Transactional
    boolean update(Actor actor, String by, long id, TermBreakForm form, Errors errors) {
        TermBreakView saved = lockedById(id);
        Integer openedAt = form.openedAtVersion();
        if (openedAt == null || openedAt != saved.version()) {
            throw conflict(id);
        }
        form.checkDays(errors);
        checkOverlap(form, id, errors);
        if (errors.hasErrors()) {
            return false;
        }
        Map<String, Change> changes = AuditTrail.diff(snapshot(saved.name(), saved.firstDay(), saved.lastDay()),
                snapshot(form.trimmedName(), form.first(), form.last()));
        if (changes.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update term_break set name = :name, first_day = :first, last_day = :last,
                               version = version + 1, updated_at = :at, updated_by = :by
                        where id = :id""")
                .param("name", form.trimmedName()).param("first", form.first()).param("last", form.last())
                .param("at", now()).param("by", by).param("id", id)
                .update();
        audit.record(actor, "changed term break", ITEM, id, form.trimmedName(), changes);
        return true;
    }

    /** Deletes the break and returns its name; a break that is already gone is not found. */
    @Transactional
    String delete(Actor actor, long id) {
        TermBreakView saved = lockedById(id);
        jdbc.sql("delete from term_break where id = :id").param("id", id).update();
        audit.record(actor, "deleted term break", ITEM, id, saved.name(),
                AuditTrail.diff(snapshot(saved.name(), saved.firstDay(), saved.lastDay()), Map.of()));
        return saved.name();
    }

    @Transactional(readOnly = true)
    Optional<TermBreakView> byId(long id) {
        return termDates.byId(id);
    }

    /** Who saved the break last and when, for a save refused because theirs came first. */
    @Transactional(readOnly = true)
    EditConflictException conflict(long id) {
        return jdbc.sql("select updated_by, updated_at, version from term_break where id = :id").param("id", id)
                .query((rs, row) -> {
                    String by = rs.getString("updated_by");
                    OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
                    return new EditConflictException(by == null ? "" : by, at == null ? null : at.toInstant(),
                            rs.getLong("version"));
                })
                .optional().orElseThrow(() -> new NotFoundException("term break " + id));
    }

    private TermBreakView lockedById(long id) {
        jdbc.sql("select id from term_break where id = :id for update").param("id", id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("term break " + id));
        return termDates.byId(id).orElseThrow(() -> new NotFoundException("term break " + id));
    }

    /** Two holidays cannot overlap: the message names the one in the way, by the first day's box. */
    private void checkOverlap(TermBreakForm form, @Nullable Long except, Errors errors) {
        LocalDate first = form.first();
        LocalDate last = form.last();
        if (first == null || last == null || last.isBefore(first)) {
            return;
        }
        termDates.overlapping(first, last).stream()
                .filter(other -> except == null || other.id() != except)
                .findFirst()
                .ifPresent(other -> errors.rejectValue("firstDay", "admin.termDates.overlap",
                        new Object[] {other.name(), DAY.format(other.firstDay()), DAY.format(other.lastDay())}, null));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Object> snapshot(String name, @Nullable LocalDate first, @Nullable LocalDate last) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("firstDay", first);
        fields.put("lastDay", last);
        return fields;
    }
}
