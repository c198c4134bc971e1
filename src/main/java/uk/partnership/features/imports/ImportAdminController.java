package uk.partnership.features.imports;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.features.events.CategoryNames;

/**
 * The coordinator's calendar imports at /admin/imports (a screen of its own, since one review spans every school):
 * the schools' calendar addresses, each with how its last fetch went, "Import now", and the review of what they
 * brought at /admin/imports/review.
 */
@Controller
class ImportAdminController {

    private static final String SOURCES = "redirect:/admin/imports#main";
    private static final String REVIEW = "redirect:/admin/imports/review#main";

    private final ImportSources sources;
    private final ImportReview review;
    private final ImportRun run;
    private final SchoolDirectory schools;
    private final CategoryNames categories;
    private final FormPages forms;

    ImportAdminController(ImportSources sources, ImportReview review, ImportRun run, SchoolDirectory schools,
                          CategoryNames categories, FormPages forms) {
        this.sources = sources;
        this.review = review;
        this.run = run;
        this.schools = schools;
        this.categories = categories;
        this.forms = forms;
    }

    @GetMapping("/admin/imports")
    String list(Model model) {
        model.addAttribute("source", SourceForm.empty());
        return listPage(model);
    }

    @PostMapping("/admin/imports")
    String add(Actor actor, @Valid @ModelAttribute("source") SourceForm form, BindingResult errors, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        FormPages.saveUnlessTaken(errors, "url", "imports.url.taken", () -> sources.add(actor, form, errors));
        if (FormPages.failed(errors, response)) {
            return listPage(model);
        }
        return flash(redirect, "imports.added", form.typedUrl(), SOURCES);
    }

    @GetMapping("/admin/imports/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("source", sources.formFor(id).orElseThrow(() -> new NotFoundException("import " + id)));
        return editPage(id, model);
    }

    @PostMapping("/admin/imports/{id:\\d+}")
    String save(Actor actor, @PathVariable long id, @Valid @ModelAttribute("source") SourceForm form,
                BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormPages.requireReadable(errors);
        sources.find(id).orElseThrow(() -> new NotFoundException("import " + id));
        forms.save(errors, model, () -> sources.update(actor, id, form, errors));
        if (FormPages.failed(errors, response)) {
            return editPage(id, model);
        }
        return flash(redirect, "imports.saved", form.typedUrl(), SOURCES);
    }

    @PostMapping("/admin/imports/{id:\\d+}/delete")
    String delete(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        String url = sources.delete(actor, id).orElseThrow(() -> new NotFoundException("import " + id));
        return flash(redirect, "imports.deleted", url, SOURCES);
    }

    @PostMapping("/admin/imports/run")
    String importNow(RedirectAttributes redirect) {
        ImportRun.Outcome outcome = run.run(true);
        if (outcome.sources() == 0) {
            redirect.addFlashAttribute(FormPages.REFUSED, "imports.run.none");
            return SOURCES;
        }
        return flash(redirect, outcome.failed() == 0 ? "imports.run.done" : "imports.run.someFailed",
                String.valueOf(outcome.failed() == 0 ? outcome.sources() : outcome.failed()), SOURCES);
    }

    @GetMapping("/admin/imports/review")
    String reviewPage(Model model) {
        model.addAttribute("waiting", review.waiting());
        model.addAttribute("noticed", review.noticed());
        model.addAttribute("ignored", review.ignored());
        model.addAttribute("categories", categories.all());
        return "imports/admin-review";
    }

    @PostMapping("/admin/imports/items/{id:\\d+}/accept")
    String accept(Actor actor, @PathVariable long id, @RequestParam(required = false) String categoryId,
                  RedirectAttributes redirect) {
        long category;
        try {
            category = Long.parseLong(categoryId == null ? "" : categoryId.strip());
        } catch (NumberFormatException e) {
            return refused(redirect, "imports.review.unknownCategory");
        }
        return switch (review.accept(actor, id, category)) {
            case DONE -> flash(redirect, "imports.review.accepted", null, REVIEW);
            case GONE -> refused(redirect, "imports.review.gone");
            case REFUSED -> refused(redirect, "imports.review.refused");
            case UNKNOWN_CATEGORY -> refused(redirect, "imports.review.unknownCategory");
        };
    }

    @PostMapping("/admin/imports/items/{id:\\d+}/ignore")
    String ignore(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        return review.ignore(actor, id) == ImportReview.Answer.DONE
                ? flash(redirect, "imports.review.ignoredNow", null, REVIEW)
                : refused(redirect, "imports.review.gone");
    }

    @PostMapping("/admin/imports/review/accept-all")
    String acceptAll(Actor actor, RedirectAttributes redirect) {
        return flash(redirect, "imports.review.acceptedAll", String.valueOf(review.acceptAll(actor)), REVIEW);
    }

    @PostMapping("/admin/imports/review/seen")
    String seen(RedirectAttributes redirect) {
        review.seen();
        return flash(redirect, "imports.review.seenNow", null, REVIEW);
    }

    private String listPage(Model model) {
        model.addAttribute("sources", sources.list());
        model.addAttribute("waiting", review.waiting().size());
        return formPage(model, "imports/admin-sources");
    }

    private String editPage(long id, Model model) {
        model.addAttribute("sourceId", id);
        return formPage(model, "imports/admin-source");
    }

    private String formPage(Model model, String view) {
        model.addAttribute("schools", schools.all());
        model.addAttribute("categories", categories.all());
        return view;
    }

    private static String flash(RedirectAttributes redirect, String message, String argument, String to) {
        redirect.addFlashAttribute(FormPages.SAVED, message);
        redirect.addFlashAttribute(FormPages.SAVED_ARGUMENT, argument);
        return to;
    }

    private static String refused(RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute(FormPages.REFUSED, message);
        return REVIEW;
    }
}
