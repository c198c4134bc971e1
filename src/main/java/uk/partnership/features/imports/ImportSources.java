package uk.partnership.features.imports;

import static uk.partnership.base.web.DateFormats.DAY_AND_TIME;

import java.time.Clock;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.CategoryNames;

/**
 * The schools' calendar addresses the coordinator manages: add, change (checked against the version the form was
 * opened with) and remove, each with its audit entry. Each row says how its last fetch went.
 */
@Service
class ImportSources {

    static final String ITEM = "calendar import";

    private final JdbcClient jdbc;
    private final SchoolDirectory schools;
    private final CategoryNames categories;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    ImportSources(JdbcClient jdbc, SchoolDirectory schools, CategoryNames categories, AuditTrail audit, Clock clock,
                  SiteProperties site) {
        this.zone = site.timeZone();
        this.jdbc = jdbc;
        this.schools = schools;
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    /** A source as its row shows it: the school, the address, and how the last fetch went. */
    public record SourceRow(long id, long schoolId, String schoolName, String url, String keyword, long categoryId,
                     boolean publishAtOnce, @Nullable OffsetDateTime lastAttemptAt,
                     @Nullable OffsetDateTime lastSuccessAt, String lastProblem, @Nullable Integer lastCount,
                     long waiting, long version, @Nullable String lastWorked) {
    }

    @Transactional(readOnly = true)
    List<SourceRow> list() {
        return jdbc.sql("""
                        select s.*, sc.name as school_name,
                            (select count(*) from import_item i where i.source_id = s.id and i.decision = 'PENDING'
                                and not i.removed) as waiting
                        from import_source s join school sc on sc.id = s.school_id
                        order by sc.name, s.url
                        """)
                .query((rs, row) -> new SourceRow(rs.getLong("id"), rs.getLong("school_id"), rs.getString("school_name"),
                        rs.getString("url"), rs.getString("keyword"), rs.getLong("category_id"),
                        rs.getBoolean("publish_at_once"), rs.getObject("last_attempt_at", OffsetDateTime.class),
                        rs.getObject("last_success_at", OffsetDateTime.class), rs.getString("last_problem"),
                        (Integer) rs.getObject("last_count"), rs.getLong("waiting"), rs.getLong("version"),
                        rs.getObject("last_success_at") == null ? null : DAY_AND_TIME.format(
                                rs.getObject("last_success_at", OffsetDateTime.class).atZoneSameInstant(zone))))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<SourceRow> find(long id) {
        return list().stream().filter(source -> source.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    Optional<SourceForm> formFor(long id) {
        return find(id).map(source -> new SourceForm(source.schoolId(), source.url(), source.keyword(),
                source.categoryId(), source.publishAtOnce(), source.version()));
    }

    /** Adds the source; returns its id, or null with the reasons in {@code errors}. */
    @Transactional
    @Nullable Long add(Actor actor, SourceForm form, Errors errors) {
        check(form, null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        long id = jdbc.sql("""
                        insert into import_source (school_id, url, keyword, category_id, publish_at_once, updated_at,
                            updated_by)
                        values (:school, :url, :keyword, :category, :atOnce, :now, :by) returning id
                        """)
                .params(params(actor, form)).query(Long.class).single();
        audit.record(actor, "added", ITEM, id, form.typedUrl(), AuditTrail.diff(Map.of(), fields(form)));
        return id;
    }

    /** Saves a change; nothing is saved when {@code errors} has any problem. */
    @Transactional
    void update(Actor actor, long id, SourceForm form, Errors errors) {
        SourceRow before = find(id).orElseThrow();
        check(form, id, errors);
        if (errors.hasErrors()) {
            return;
        }
        Map<String, Object> params = params(actor, form);
        params.put("id", id);
        params.put("version", form.versionOrZero());
        int saved = jdbc.sql("""
                        update import_source set school_id = :school, url = :url, keyword = :keyword,
                            category_id = :category, publish_at_once = :atOnce, updated_at = :now, updated_by = :by,
                            version = version + 1, etag = null, last_modified = null
                        where id = :id and version = :version
                        """)
                .params(params).update();
        if (saved == 0) {
            var current = jdbc.sql("select updated_by, updated_at, version from import_source where id = :id")
                    .param("id", id)
                    .query((rs, row) -> new EditConflictException(rs.getString("updated_by"),
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version")))
                    .single();
            throw current;
        }
        audit.record(actor, "changed", ITEM, id, form.typedUrl(), AuditTrail.diff(fields(new SourceForm(
                before.schoolId(), before.url(), before.keyword(), before.categoryId(), before.publishAtOnce(), 0L)),
                fields(form)));
    }

    /** Removes the source and what it found; the events accepted from it stay, as ordinary events. */
    @Transactional
    Optional<String> delete(Actor actor, long id) {
        Optional<SourceRow> source = find(id);
        source.ifPresent(row -> {
            jdbc.sql("delete from import_source where id = :id").param("id", id).update();
            audit.record(actor, "removed", ITEM, id, row.url(), Map.of());
        });
        return source.map(SourceRow::url);
    }

    private void check(SourceForm form, @Nullable Long id, Errors errors) {
        if (!errors.hasFieldErrors("url")) {
            try {
                FeedFetcher.address(form.typedUrl());
            } catch (FeedProblem problem) {
                errors.rejectValue("url", "imports.url.invalid");
            }
        }
        if (form.schoolId() != null && schools.byId(form.schoolId()).isEmpty()) {
            errors.rejectValue("schoolId", "imports.school.required");
        }
        if (form.categoryId() != null && !categories.exists(form.categoryId())) {
            errors.rejectValue("categoryId", "imports.category.required");
        }
        if (!errors.hasErrors() && jdbc.sql("""
                        select count(*) from import_source where school_id = :school and url = :url
                            and id <> coalesce(:id, -1)
                        """)
                .param("school", form.schoolId()).param("url", form.typedUrl()).param("id", id)
                .query(Long.class).single() > 0) {
            errors.rejectValue("url", "imports.url.taken");
        }
    }

    private Map<String, Object> params(Actor actor, SourceForm form) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("school", form.schoolId());
        params.put("url", form.typedUrl());
        params.put("keyword", form.typedKeyword());
        params.put("category", form.categoryId());
        params.put("atOnce", form.atOnce());
        params.put("now", clock.instant().atOffset(ZoneOffset.UTC));
        params.put("by", actor.displayName());
        return params;
    }

    private Map<String, Object> fields(SourceForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("school", schools.byId(form.schoolId() == null ? -1 : form.schoolId()).map(s -> s.name()).orElse(""));
        fields.put("url", form.typedUrl());
        fields.put("keyword", form.typedKeyword());
        fields.put("category", categories.all().getOrDefault(form.categoryId(), ""));
        fields.put("publishAtOnce", form.atOnce());
        return fields;
    }
}
