package uk.partnership.features.programmes;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;

import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.images.Picture;
import uk.partnership.base.web.PageMeta;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.features.events.CategoryView;
import uk.partnership.features.events.EventFeeds;

/**
 * The public pages: "What we do" at /programmes, and one page at /programmes/{slug} with the upcoming events of the
 * category and series it follows; and its own calendar feed at /programmes/{slug}/feed.ics, of those same events, so
 * that a page that follows only series can be subscribed to as well. Drafts answer 404, as does the feed of a page
 * that follows no events; an earlier slug redirects, the feed's too, so a subscription survives a rename.
 */
@Controller
class ProgrammePagesController {

    private static final String FEED = "/feed.ics";

    private final Programmes programmes;
    private final ProgrammePageModel pageModel;
    private final EventFeeds feeds;
    private final SiteProperties site;

    ProgrammePagesController(Programmes programmes, ProgrammePageModel pageModel, EventFeeds feeds,
                             SiteProperties site) {
        this.feeds = feeds;
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
            return redirectIfRenamed(slug, "");
        }
        ProgrammeView page = found.get();
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/programmes/" + page.slug()).describedAs(page.summary())
                .withImage(Picture.preview(page.picture(), site)));
        return pageModel.fill(page, model);
    }

    /** A page's feed, as its subscribe box links it. */
    static String feedPath(String slug) {
        return "/programmes/" + slug + FEED;
    }

    @GetMapping("/programmes/{slug}" + FEED)
    @Nullable RedirectView feed(@PathVariable String slug, WebRequest request, HttpServletResponse response)
            throws IOException {
        var found = programmes.bySlug(slug);
        if (found.isEmpty()) {
            return redirectIfRenamed(slug, FEED);
        }
        ProgrammeView page = found.get();
        // A retired category's events are left out, as on the page.
        CategoryView category = pageModel.followedCategory(page);
        if (category == null && page.seriesIds().isEmpty()) {
            throw new NotFoundException("programme feed " + slug);
        }
        feeds.strand(page.title(), category == null ? null : category.id(), page.seriesIds(), request, response);
        return null;
    }

    /**
     * An old address of a renamed page ({@code suffix} "" for the page, the feed's for its feed) answers 301 to its
     * new one; anything else is not found.
     */
    private RedirectView redirectIfRenamed(String slug, String suffix) {
        String current = programmes.renamedTo(slug).orElseThrow(() -> new NotFoundException("programme " + slug));
        var redirect = new RedirectView("/programmes/" + current + suffix);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
