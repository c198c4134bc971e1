package uk.partnership.features.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

/**
 * The coordinator's list of event categories: add, rename, reorder, retire and restore. A retired category
 * leaves the public filters but stays on the events that have it. Every change writes an audit entry in the
 * same transaction; a rename on a form opened before someone else's save is refused with
 * {@link EditConflictException}.
 */
@Service
class CategoryAdminService {

    static final String ITEM = "category";

    /** Which way a category moves in the list. */
    enum Direction { UP, DOWN }

    /** A row of the coordinator's list. */
    public record CategoryRow(long id, String name, String slug, boolean retired, long events, boolean first, boolean last) {
    }

    private final CategoryRepository categories;
    private final AuditTrail audit;
    private final Clock clock;
    private final SlugHistory slugs;

    CategoryAdminService(CategoryRepository categories, AuditTrail audit, Clock clock, JdbcClient jdbc) {
        this.slugs = new SlugHistory(jdbc, "category", "category_slug_history", "category_id");
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CategoryRow> list() {
        Map<Long, Long> events = categories.countEvents().stream()
                .collect(Collectors.toMap(CategoryRepository.EventCount::getCategoryId,
                        CategoryRepository.EventCount::getEvents));
        List<Category> all = categories.findAllByOrderByPositionAscNameAsc();
        List<CategoryRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Category category = all.get(i);
            rows.add(new CategoryRow(category.getId(), category.getName(), category.getSlug(), category.isRetired(),
                    events.getOrDefault(category.getId(), 0L), i == 0, i == all.size() - 1));
        }
        return rows;
    }

    /** The category's name, for the heading of its page. */
    @Transactional(readOnly = true)
    Optional<String> nameOf(long id) {
        return categories.findById(id).map(Category::getName);
    }

    /** The rename form, filled with what is saved now. */
    @Transactional(readOnly = true)
    Optional<CategoryForm> formFor(long id) {
        return categories.findById(id)
                .map(category -> new CategoryForm(category.getName(), category.getSlug(), category.getVersion()));
    }

    /** Adds a category at the end of the list; problems go into {@code errors} and nothing is saved. */
    @Transactional
    @Nullable Long add(Actor actor, String actorName, CategoryForm.AddForm form, Errors errors) {
        String name = tidy(form.name());
        checkName(name, null, errors);
        if (errors.hasErrors()) {
            return null;
        }
        String slug = Slugs.unique(Slugs.from(name), wanted -> slugs.taken(wanted, null));
        Category category = categories.saveAndFlush(
                new Category(name, slug, categories.lastPosition() + 1, actorName));
        audit.record(actor, "created", ITEM, category.getId(), category.getName(),
                AuditTrail.diff(Map.of(), category.describedFields()));
        return category.getId();
    }

    /**
     * Renames a category and perhaps changes its slug. Returns whether anything changed.
     *
     * @throws EditConflictException when someone else changed it after the form was opened
     * @throws NotFoundException     when there is no such category
     */
    @Transactional
    boolean rename(Actor actor, String actorName, long id, CategoryForm form, Errors errors) {
        Category category = categories.findForUpdate(id).orElseThrow(() -> new NotFoundException("category " + id));
        if (category.getVersion() != form.version()) {
            throw new EditConflictException(category.getUpdatedBy() == null ? "" : category.getUpdatedBy(),
                    category.getUpdatedAt(), category.getVersion());
        }
        String name = tidy(form.name());
        String slug = checkedSlug(form, category, errors);
        checkName(name, category, errors);
        if (errors.hasErrors() || name.equals(category.getName()) && slug.equals(category.getSlug())) {
            return false;
        }
        Map<String, Object> before = category.describedFields();
        if (!slug.equals(category.getSlug())) {
            slugs.renamed(category.getSlug(), slug, category.getId());
        }
        category.rename(name, slug, clock.instant(), actorName);
        categories.flush();
        audit.record(actor, "renamed", ITEM, category.getId(), category.getName(),
                AuditTrail.diff(before, category.describedFields()));
        return true;
    }

    /**
     * Swaps a category with its neighbour above or below, in one transaction. Returns the category's name, or
     * empty when it is already first (or last) and nothing moved.
     */
    @Transactional
    Optional<String> move(Actor actor, String actorName, long id, Direction direction) {
        List<Category> order = new ArrayList<>(categories.findAllForUpdate());
        int from = indexOf(order, id);
        int to = direction == Direction.UP ? from - 1 : from + 1;
        if (to < 0 || to >= order.size()) {
            return Optional.empty();
        }
        Category moved = order.get(from);
        Category other = order.get(to);
        order.set(from, other);
        order.set(to, moved);
        Instant now = clock.instant();
        // Positions become 1, 2, 3… in the new order: usually only the two swapped change.
        for (int i = 0; i < order.size(); i++) {
            Category category = order.get(i);
            if (category.getPosition() != i + 1) {
                Map<String, Object> before = category.describedFields();
                category.placeAt(i + 1, now, actorName);
                String action = category == moved ? "moved " + direction.name().toLowerCase(Locale.ROOT)
                        : category == other ? "moved " + (direction == Direction.UP ? "down" : "up") : "renumbered";
                audit.record(actor, action, ITEM, category.getId(), category.getName(),
                        AuditTrail.diff(before, category.describedFields()));
            }
        }
        return Optional.of(moved.getName());
    }

    /** Retires (or restores) a category; returns its name. Already so, nothing changes. */
    @Transactional
    String retire(Actor actor, String actorName, long id, boolean retired) {
        Category category = categories.findForUpdate(id).orElseThrow(() -> new NotFoundException("category " + id));
        if (category.isRetired() != retired) {
            Map<String, Object> before = category.describedFields();
            if (retired) {
                category.retire(clock.instant(), actorName);
            } else {
                category.restore(clock.instant(), actorName);
            }
            audit.record(actor, retired ? "retired" : "restored", ITEM, category.getId(), category.getName(),
                    AuditTrail.diff(before, category.describedFields()));
        }
        return category.getName();
    }

    private String checkedSlug(CategoryForm form, Category current, Errors errors) {
        String slug = tidy(form.slug());
        if (slug.isEmpty()) {
            return current.getSlug();
        }
        if (!Slugs.isValid(slug)) {
            errors.rejectValue("slug", "form.slug.invalid");
        } else if (slugs.taken(slug, current.getId())) {
            errors.rejectValue("slug", "form.slug.taken");
        }
        return slug;
    }

    private void checkName(String name, @Nullable Category current, Errors errors) {
        if (!name.isEmpty() && !errors.hasFieldErrors("name") && categories.idsNamed(name).stream()
                .anyMatch(other -> current == null || !other.equals(current.getId()))) {
            errors.rejectValue("name", "admin.categories.name.taken");
        }
    }

    private static int indexOf(List<Category> order, long id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).getId() == id) {
                return i;
            }
        }
        throw new NotFoundException("category " + id);
    }

    private static String tidy(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
