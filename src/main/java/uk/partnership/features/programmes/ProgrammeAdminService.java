package uk.partnership.features.programmes;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.content.ContentEditing;
import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureForms;
import uk.partnership.features.events.CategoryNames;
import uk.partnership.features.events.SeriesNames;

/**
 * The coordinator's page changes: create, edit, publish, unpublish, delete a draft. Every change is checked against
 * the version the form was opened with and writes an audit entry in the same transaction ({@link ContentEditing}).
 */
@Service
class ProgrammeAdminService {

    static final String ITEM = "programme page";

    private final ContentEditing<ProgrammePage> pages;
    private final Programmes programmes;
    private final CategoryNames categories;
    private final PictureForms pictures;
    private final SeriesNames series;
    private final Clock clock;

    ProgrammeAdminService(ProgrammeRepository repository, Programmes programmes, CategoryNames categories,
                          SeriesNames series, PictureForms pictures, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.pages = new ContentEditing<>(repository, audit, jdbc, clock, ITEM, "programme_page",
                "programme_slug_history", "page_id");
        this.programmes = programmes;
        this.categories = categories;
        this.pictures = pictures;
        this.series = series;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ProgrammeForm formFor(long id) {
        ProgrammePage page = pages.find(id);
        return ProgrammeForm.of(programmes.anyById(id).orElseThrow(), page.getVersion());
    }

    /** A new draft; null when the form has errors. */
    @Transactional
    @Nullable Long create(Actor actor, ProgrammeForm form, Errors errors) {
        check(form, null, errors);
        Picture picture = pictures.check(form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        return pages.create(actor, form,
                slug -> write(new ProgrammePage(clock.instant(), actor.email()), form, slug, picture),
                ProgrammePage::describedFields).getId();
    }

    @Transactional
    void update(Actor actor, long id, ProgrammeForm form, Errors errors) {
        ProgrammePage page = pages.findAt(id, form.versionOrZero());
        check(form, page, errors);
        Picture picture = pictures.check(form, errors);
        if (errors.hasErrors()) {
            return;
        }
        pages.update(actor, page, form, slug -> write(page, form, slug, picture), page.describedFields(),
                ProgrammePage::describedFields);
    }

    @Transactional
    void publish(Actor actor, long id, long version) {
        pages.change(actor, id, version, "published", page -> page.publish(clock.instant(), actor.email()));
    }

    @Transactional
    void unpublish(Actor actor, long id, long version) {
        pages.change(actor, id, version, "unpublished", page -> page.unpublish(clock.instant(), actor.email()));
    }

    /** Deletes a draft; a published page must be unpublished first, so no public address disappears unseen. */
    @Transactional
    boolean deleteDraft(Actor actor, long id, long version) {
        ProgrammePage page = pages.findAt(id, version);
        if (page.getStatus() != ProgrammeStatus.DRAFT) {
            return false;
        }
        pages.delete(actor, page);
        return true;
    }

    @Transactional(readOnly = true)
    long version(long id) {
        return pages.find(id).getVersion();
    }

    private static ProgrammePage write(ProgrammePage page, ProgrammeForm form, String slug, @Nullable Picture picture) {
        page.writeText(form.strippedTitle(), slug, form.strippedSummary(), form.bodyOrEmpty());
        page.picture(picture, form.showsPupils());
        page.place(form.placement() == null ? Placement.NONE : form.placement(),
                form.positionNumber() == null ? 0 : form.positionNumber(), form.categoryId(), seriesIds(form));
        return page;
    }

    /** Checks what Bean Validation cannot: the position, the category, the series and the slug. */
    private void check(ProgrammeForm form, @Nullable ProgrammePage current, Errors errors) {
        if (form.position() == null || form.position().isBlank()) {
            errors.rejectValue("position", "admin.programmes.position.required");
        } else if (form.positionNumber() == null && !errors.hasFieldErrors("position")) {
            errors.rejectValue("position", "admin.programmes.position.range");
        }
        if (form.categoryId() != null && !errors.hasFieldErrors("categoryId") && !categories.exists(form.categoryId())) {
            errors.rejectValue("categoryId", "admin.programmes.category.unknown");
        }
        if (!errors.hasFieldErrors("seriesIds") && !series.allExist(seriesIds(form))) {
            errors.rejectValue("seriesIds", "admin.programmes.series.unknown");
        }
        pages.checkSlug(form, current == null ? null : current.getId(), errors);
    }

    private static Set<Long> seriesIds(ProgrammeForm form) {
        return form.seriesIds() == null ? Set.of()
                : form.seriesIds().stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
