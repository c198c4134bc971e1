package uk.partnership.features.programmes;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SlugHistory;
import uk.partnership.base.web.Slugs;
import uk.partnership.features.events.CategoryNames;

/**
 * The coordinator's page changes: create, edit, publish, unpublish, delete a draft. Every change is checked against
 * the version the form was opened with and writes an audit entry in the same transaction.
 */
@Service
class ProgrammeAdminService {

    static final String ITEM = "programme page";

    private final ProgrammeRepository pages;
    private final Programmes programmes;
    private final CategoryNames categories;
    private final AuditTrail audit;
    private final SlugHistory slugs;
    private final Clock clock;

    ProgrammeAdminService(ProgrammeRepository pages, Programmes programmes, CategoryNames categories, AuditTrail audit,
                          JdbcClient jdbc, Clock clock) {
        this.pages = pages;
        this.programmes = programmes;
        this.categories = categories;
        this.audit = audit;
        this.slugs = new SlugHistory(jdbc, "programme_page", "programme_slug_history", "page_id");
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ProgrammeForm formFor(long id) {
        ProgrammePage page = find(id);
        return ProgrammeForm.of(programmes.anyById(id).orElseThrow(), page.getVersion());
    }

    /** A new draft; null when the form has errors. */
    @Transactional
    @Nullable Long create(Actor actor, ProgrammeForm form, Errors errors) {
        check(form, null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        String slug = slugs.choose(form.slug(), null, form.title());
        ProgrammePage page = new ProgrammePage(clock.instant(), actor.email());
        write(page, form, slug);
        pages.saveAndFlush(page);
        audit.record(actor, "created", ITEM, page.getId(), page.getTitle(),
                AuditTrail.diff(Map.of(), page.describedFields()));
        return page.getId();
    }

    @Transactional
    void update(Actor actor, long id, ProgrammeForm form, Errors errors) {
        ProgrammePage page = find(id);
        checkVersion(page, form.versionOrZero());
        check(form, page, errors);
        if (errors.hasErrors()) {
            return;
        }
        Map<String, Object> before = page.describedFields();
        String oldSlug = page.getSlug();
        String slug = slugs.choose(form.slug(), oldSlug, form.title());
        write(page, form, slug);
        page.edited(clock.instant(), actor.email());
        pages.saveAndFlush(page);
        if (!oldSlug.equals(slug)) {
            slugs.renamed(oldSlug, slug, page.getId());
        }
        audit.record(actor, "changed", ITEM, page.getId(), page.getTitle(),
                AuditTrail.diff(before, page.describedFields()));
    }

    @Transactional
    void publish(Actor actor, long id, long version) {
        change(actor, id, version, "published", page -> page.publish(clock.instant(), actor.email()));
    }

    @Transactional
    void unpublish(Actor actor, long id, long version) {
        change(actor, id, version, "unpublished", page -> page.unpublish(clock.instant(), actor.email()));
    }

    /** Deletes a draft; a published page must be unpublished first, so no public address disappears unseen. */
    @Transactional
    boolean deleteDraft(Actor actor, long id, long version) {
        ProgrammePage page = find(id);
        checkVersion(page, version);
        if (page.getStatus() != ProgrammeStatus.DRAFT) {
            return false;
        }
        Map<String, Object> before = page.describedFields();
        pages.delete(page);
        pages.flush();
        audit.record(actor, "deleted", ITEM, id, page.getTitle(), AuditTrail.diff(before, Map.of()));
        return true;
    }

    @Transactional(readOnly = true)
    long version(long id) {
        return find(id).getVersion();
    }

    private void change(Actor actor, long id, long version, String action, Consumer<ProgrammePage> change) {
        ProgrammePage page = find(id);
        checkVersion(page, version);
        Map<String, Object> before = page.describedFields();
        change.accept(page);
        pages.saveAndFlush(page);
        audit.record(actor, action, ITEM, page.getId(), page.getTitle(), AuditTrail.diff(before, page.describedFields()));
    }

    private static void write(ProgrammePage page, ProgrammeForm form, String slug) {
        page.write(form.title().strip(), slug, trim(form.summary()), form.body() == null ? "" : form.body(),
                form.placement() == null ? Placement.NONE : form.placement(),
                form.positionNumber() == null ? 0 : form.positionNumber(), form.categoryId());
    }

    private ProgrammePage find(long id) {
        return pages.findById(id).orElseThrow(() -> new NotFoundException("programme " + id));
    }

    private static void checkVersion(ProgrammePage page, long formVersion) {
        if (page.getVersion() != formVersion) {
            throw new EditConflictException(page.getUpdatedBy() == null ? "" : page.getUpdatedBy(),
                    page.getUpdatedAt(), page.getVersion());
        }
    }

    /** Checks what Bean Validation cannot: the position, the category and the slug. */
    private void check(ProgrammeForm form, @Nullable ProgrammePage current, Errors errors) {
        if (form.position() == null || form.position().isBlank()) {
            errors.rejectValue("position", "admin.programmes.position.required");
        } else if (form.positionNumber() == null && !errors.hasFieldErrors("position")) {
            errors.rejectValue("position", "admin.programmes.position.range");
        }
        if (form.categoryId() != null && !errors.hasFieldErrors("categoryId") && !categories.exists(form.categoryId())) {
            errors.rejectValue("categoryId", "admin.programmes.category.unknown");
        }
        if (form.slug() != null && !form.slug().isBlank() && !errors.hasFieldErrors("slug")) {
            String slug = form.slug().strip();
            if (!Slugs.isValid(slug)) {
                errors.rejectValue("slug", "form.slug.invalid");
            } else if (slugs.taken(slug, current == null ? null : current.getId())) {
                errors.rejectValue("slug", "form.slug.taken");
            }
        }
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
