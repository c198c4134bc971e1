package uk.partnership.features.programmes;


import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.images.Picture;
import uk.partnership.base.web.PageMeta;
import uk.partnership.base.web.SiteProperties;

/**
 * The public pages: "What we do" at /programmes, and one page at /programmes/{slug} with, when it follows a
 * category, that category's upcoming events and calendar feed. Drafts answer 404; an earlier slug redirects.
 */
@Controller
class ProgrammePagesController {

    private final Programmes programmes;
    private final ProgrammePageModel pageModel;
    private final SiteProperties site;

    ProgrammePagesController(Programmes programmes, ProgrammePageModel pageModel, SiteProperties site) {
        this.site = site;
        this.programmes = programmes;
        this.pageModel = pageModel;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("pages", programmes.published(Placement.WHAT_WE_DO));
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/programmes"));
        return "programmes/list";
    }

    @GetMapping("/programmes/{slug}")
    Object show(@PathVariable String slug, Model model) {
        var found = programmes.bySlug(slug);
        if (found.isEmpty()) {
            return redirectIfRenamed(slug);
        }
        ProgrammeView page = found.get();
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/programmes/" + page.slug()).describedAs(page.summary())
                .withImage(Picture.preview(page.picture(), site)));
        return pageModel.fill(page, model);
    }

    /** An old address of a renamed page answers 301 to its new one; anything else is not found. */
    private RedirectView redirectIfRenamed(String slug) {
        String current = programmes.renamedTo(slug).orElseThrow(() -> new NotFoundException("programme " + slug));
        var redirect = new RedirectView("/programmes/" + current);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
