package uk.partnership.base.web;

import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a form page answers a post, for every feature:
 * <ul>
 * <li>a save that someone else's got to first ({@link EditConflictException}) shows the form again as typed, with
 * who saved and when as the form's message and the version now saved in the model ({@value #SAVED_VERSION}, sent
 * by the {@code fragments/forms :: version} field), so saving again, after checking, replaces the other change;</li>
 * <li>an action button (publish, withdraw) pressed on a page opened before someone else's save redirects with the
 * feature's "changed meanwhile" message in the {@value #REFUSED} flash;</li>
 * <li>a form shown again answers 409 when refused for a conflict and 400 for anything else wrong
 * ({@link #failed}).</li>
 * </ul>
 * The signed-in layout shows the flash attributes {@value #SAVED} (with {@value #SAVED_ARGUMENT}) and
 * {@value #REFUSED} once, above the page's content.
 */
@Component
public class FormPages {

    public static final String SAVED_VERSION = "savedVersion";
    /** Flash: the message key of what was done ("The settings have been saved."), shown as a success notice. */
    public static final String SAVED = "saved";
    /** Flash: the one argument of the {@value #SAVED} message, such as the name of what was saved. */
    public static final String SAVED_ARGUMENT = "savedArgument";
    /** Flash: the message key of why an action was not done, shown as a warning. */
    public static final String REFUSED = "refused";
    /** Flash: lines (already in words) listed under the {@value #SAVED} message, such as the holidays a series skipped. */
    public static final String SAVED_ITEMS = "savedItems";
    /** Flash: lines (already in words) listed under the {@value #REFUSED} message: each thing refused, and why. */
    public static final String REFUSED_ITEMS = "refusedItems";

    private final ZoneId zone;

    public FormPages(SiteProperties site) {
        this.zone = site.timeZone();
    }

    /** Runs a form's save; after a conflict, the form's errors and model say so, and the answer is null. */
    public <T> @Nullable T save(Errors errors, Model model, Supplier<T> save) {
        try {
            return save.get();
        } catch (EditConflictException conflict) {
            reject(conflict, errors, model);
        } catch (OptimisticLockingFailureException lateConflict) {
            // Another save committed between this one's check and its commit: who it was is not known here.
            reject(new EditConflictException("", null), errors, model);
        }
        return null;
    }

    /** Runs a form's save that answers nothing; after a conflict, the form's errors and model say so. */
    public void save(Errors errors, Model model, Runnable save) {
        save(errors, model, () -> {
            save.run();
            return Boolean.TRUE;
        });
    }

    /** The conflict as the form's message, and the version now saved for the form's hidden field. */
    public void reject(EditConflictException conflict, Errors errors, Model model) {
        conflict.rejectInto(errors, zone);
        if (conflict.savedVersion() != null) {
            model.addAttribute(SAVED_VERSION, conflict.savedVersion());
        }
    }

    /**
     * Runs an action button's change. Answers true when done; after a conflict, false with {@code changedMeanwhile}
     * (a message key) in the {@value #REFUSED} flash.
     */
    public static boolean act(RedirectAttributes redirect, String changedMeanwhile, Runnable change) {
        return outcome(redirect, changedMeanwhile, () -> {
            change.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs an action button's change that answers something (the event an approval made); null after a conflict. */
    public static <T> @Nullable T outcome(RedirectAttributes redirect, String changedMeanwhile, Supplier<T> change) {
        try {
            return change.get();
        } catch (EditConflictException | OptimisticLockingFailureException conflict) {
            // The second: another change committed between this one's check of the version and its own commit.
            redirect.addFlashAttribute(REFUSED, changedMeanwhile);
            return null;
        }
    }

    /**
     * Runs a form's save that checks first that a name is free. Two requests at once can both pass that check, and
     * the later insert then breaks the table's unique key: that is answered as the check answers, {@code taken} (a
     * message key) by {@code field}, so the form comes back with the person's text rather than a 500.
     */
    public static void saveUnlessTaken(Errors errors, String field, String taken, Runnable save) {
        try {
            save.run();
        } catch (DataIntegrityViolationException late) {
            errors.rejectValue(field, taken);
        }
    }

    /**
     * Runs an edit form's save. Answers null when saved; otherwise the page to show: the form again with its errors
     * ({@code formPage} of the item's id), or, when the item has gone meanwhile (a draft deleted by someone else after
     * the form was opened), the form as a new item's ({@code formPage} of null) with everything typed, the form-wide
     * message {@code deletedMeanwhile} (a message key) and a 404: saving it adds the item again, and nothing typed is
     * lost.
     */
    public @Nullable String saveEdit(long id, Errors errors, Model model, HttpServletResponse response,
                                     String deletedMeanwhile, Runnable save,
                                     Function<@Nullable Long, String> formPage) {
        try {
            save(errors, model, save);
            return failed(errors, response) ? formPage.apply(id) : null;
        } catch (NotFoundException deleted) {
            errors.reject(deletedMeanwhile);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return formPage.apply(null);
        }
    }

    /**
     * Refuses a form with a value none of its fields can send (a radio value or version that is not one): it cannot
     * be shown back in the form, so it is answered with the 400 page naming the field.
     */
    public static void requireReadable(Errors errors) {
        errors.getFieldErrors().stream().filter(FieldError::isBindingFailure).findFirst().ifPresent(failure -> {
            throw new BadRequestException("error.400.parameter", failure.getField());
        });
    }

    /**
     * Whether the form has errors, and so is shown again: then the answer is 409 when it was refused for an edit
     * conflict, 400 otherwise.
     */
    public static boolean failed(Errors errors, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            return false;
        }
        boolean conflict = errors.getGlobalErrors().stream().anyMatch(EditConflictException::isConflict);
        response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        return true;
    }
}
