package uk.partnership.features.events;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.features.events.CategoryAdminService.Direction;

/** The coordinator's event categories: one list page to add, reorder, retire and restore, and a rename page. */
@Controller
class CategoryAdminController {

    private final CategoryAdminService admin;
    private final FormPages forms;

    CategoryAdminController(CategoryAdminService admin, FormPages forms) {
        this.admin = admin;
        this.forms = forms;
    }

    @GetMapping("/admin/categories")
    String list(Model model) {
        model.addAttribute("add", CategoryForm.AddForm.empty());
        return listPage(model);
    }

    @PostMapping("/admin/categories")
    String add(Actor actor, @Valid @ModelAttribute("add") CategoryForm.AddForm form,
               BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        // Always asked, so every problem is listed at once; it saves nothing while there are errors.
        FormPages.saveUnlessTaken(errors, "name", "admin.categories.name.taken",
                () -> admin.add(actor, actor.displayName(), form, errors));
        if (FormPages.failed(errors, response)) {
            return listPage(model);
        }
        return saved(redirect, "admin.categories.added", form.name().strip());
    }

    @GetMapping("/admin/categories/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("category", admin.formFor(id).orElseThrow(() -> new NotFoundException("category " + id)));
        return renamePage(id, model);
    }

    @PostMapping("/admin/categories/{id:\\d+}")
    String rename(Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute("category") CategoryForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        admin.nameOf(id).orElseThrow(() -> new NotFoundException("category " + id));
        Boolean changed = forms.save(errors, model, () -> admin.rename(actor, actor.displayName(), id, form, errors));
        if (FormPages.failed(errors, response)) {
            return renamePage(id, model);
        }
        return saved(redirect, Boolean.TRUE.equals(changed) ? "admin.categories.renamed" : "admin.categories.unchanged",
                form.name().strip());
    }

    @PostMapping("/admin/categories/{id:\\d+}/move-up")
    String moveUp(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return moved(redirect, admin.move(actor, actor.displayName(), id, Direction.UP).orElse(null), "up");
    }

    @PostMapping("/admin/categories/{id:\\d+}/move-down")
    String moveDown(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return moved(redirect, admin.move(actor, actor.displayName(), id, Direction.DOWN).orElse(null), "down");
    }

    @PostMapping("/admin/categories/{id:\\d+}/retire")
    String retire(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "admin.categories.retiredNow", admin.retire(actor, actor.displayName(), id, true));
    }

    @PostMapping("/admin/categories/{id:\\d+}/restore")
    String restore(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return saved(redirect, "admin.categories.restoredNow", admin.retire(actor, actor.displayName(), id, false));
    }

    private String listPage(Model model) {
        model.addAttribute("categories", admin.list());
        return "events/admin-categories";
    }

    private String renamePage(long id, Model model) {
        model.addAttribute("categoryId", id);
        model.addAttribute("categoryName", admin.nameOf(id).orElseThrow(() -> new NotFoundException("category " + id)));
        return "events/admin-categories-rename";
    }

    private static String moved(RedirectAttributes redirect, @Nullable String name, String way) {
        return name == null ? "redirect:/admin/categories#main"
                : saved(redirect, "admin.categories.moved." + way, name);
    }

    /** Back to the list, at the top of the content where the message is (the add form posts to #add). */
    private static String saved(RedirectAttributes redirect, String message, String argument) {
        redirect.addFlashAttribute("saved", message);
        redirect.addFlashAttribute("savedArgument", argument);
        return "redirect:/admin/categories#main";
    }
}
