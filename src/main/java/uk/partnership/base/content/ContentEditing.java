package uk.partnership.base.content;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SlugHistory;
import uk.partnership.base.web.Slugs;

/**
 * The steps every drafted item's service takes, in the caller's transaction: find it, check the version the form
 * was opened with, check and choose the slug (earlier slugs keep redirecting), save with who and when, and write the
 * audit entry. A service makes one for its own entity and tables; what differs (status, own fields, links) stays in
 * the service.
 *
 * @param <E> the entity
 */
public final class ContentEditing<E extends DraftedContent> {

    private final JpaRepository<E, Long> repository;
    private final AuditTrail audit;
    private final SlugHistory slugs;
    private final Clock clock;
    private final String itemType;

    /**
     * @param itemType     what the audit calls the item ("news", "programme page")
     * @param historyTable the table of earlier slugs, whose {@code ownerColumn} names the item
     */
    public ContentEditing(JpaRepository<E, Long> repository, AuditTrail audit, JdbcClient jdbc, Clock clock,
                          String itemType, String table, String historyTable, String ownerColumn) {
        this.repository = repository;
        this.audit = audit;
        this.slugs = new SlugHistory(jdbc, table, historyTable, ownerColumn);
        this.clock = clock;
        this.itemType = itemType;
    }

    public E find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException(itemType + " " + id));
    }

    /** The item, if the form was opened on its current version; an edit conflict naming who saved since otherwise. */
    public E findAt(long id, long formVersion) {
        E item = find(id);
        if (item.getVersion() != formVersion) {
            throw new EditConflictException(item.getUpdatedBy() == null ? "" : item.getUpdatedBy(),
                    item.getUpdatedAt(), item.getVersion());
        }
        return item;
    }

    /** A slug typed must be well formed and nobody else's, now or earlier; an error by the slug field otherwise. */
    public void checkSlug(ContentForm<?> form, @Nullable Long currentId, Errors errors) {
        if (form.slug() == null || form.slug().isBlank() || errors.hasFieldErrors("slug")) {
            return;
        }
        String slug = form.slug().strip();
        if (!Slugs.isValid(slug)) {
            errors.rejectValue("slug", "form.slug.invalid");
        } else if (slugs.taken(slug, currentId)) {
            errors.rejectValue("slug", "form.slug.taken");
        }
    }

    /**
     * Saves a new item made by {@code make} from the slug chosen (the one typed, or a free one from the title), and
     * records its creation with the fields {@code described} gives.
     */
    public E create(Actor actor, ContentForm<?> form, Function<String, E> make, Function<E, Map<String, Object>> described) {
        E item = make.apply(slugs.choose(form.slug(), null, form.title()));
        repository.saveAndFlush(item);
        audit.record(actor, "created", itemType, item.getId(), item.getTitle(),
                AuditTrail.diff(Map.of(), described.apply(item)));
        return item;
    }

    /**
     * Saves an edit: {@code write} sets the fields under the slug chosen (the one typed, else the current one), then
     * who and when, a rename's redirect from the old slug, and the audit entry of what changed from {@code before}
     * (the fields as described before the edit) to what {@code described} gives after it.
     */
    public void update(Actor actor, E item, ContentForm<?> form, Consumer<String> write, Map<String, Object> before,
                       Function<E, Map<String, Object>> described) {
        String oldSlug = item.getSlug();
        String slug = slugs.choose(form.slug(), oldSlug, form.title());
        write.accept(slug);
        item.edited(clock.instant(), actor.email());
        repository.saveAndFlush(item);
        if (!oldSlug.equals(slug)) {
            slugs.renamed(oldSlug, slug, item.getId());
        }
        audit.record(actor, "changed", itemType, item.getId(), item.getTitle(),
                AuditTrail.diff(before, described.apply(item)));
    }

    /** A change of status (publish, unpublish, schedule) on the version the form was opened with, audited. */
    public void change(Actor actor, long id, long version, String action, Consumer<E> change) {
        E item = findAt(id, version);
        Map<String, Object> before = item.describedFields();
        change.accept(item);
        repository.saveAndFlush(item);
        audit.record(actor, action, itemType, item.getId(), item.getTitle(),
                AuditTrail.diff(before, item.describedFields()));
    }

    /** Deletes the item, on the version the form was opened with, audited. */
    public void delete(Actor actor, E item) {
        Map<String, Object> before = item.describedFields();
        repository.delete(item);
        repository.flush();
        audit.record(actor, "deleted", itemType, item.getId(), item.getTitle(), AuditTrail.diff(before, Map.of()));
    }
}
