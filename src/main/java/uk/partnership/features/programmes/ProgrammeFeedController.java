package uk.partnership.features.programmes;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import uk.partnership.base.web.NotFoundException;
import uk.partnership.features.events.CategoryView;
import uk.partnership.features.events.EventFeeds;

/**
 * A programme page's own calendar feed (issue 20): the public events of the category and the series it follows, as
 * the page lists them, so that a strand that follows only series (a weekly club of another category) can be
 * subscribed to as well; a retired category's events are left out, as on the page. A renamed page's old address answers 301 to the new one, so a subscription keeps working;
 * a page that follows no events has no feed.
 */
@Controller
class ProgrammeFeedController {

    private final Programmes programmes;
    private final ProgrammePageModel pageModel;
    private final EventFeeds feeds;

    ProgrammeFeedController(Programmes programmes, ProgrammePageModel pageModel, EventFeeds feeds) {
        this.programmes = programmes;
        this.pageModel = pageModel;
        this.feeds = feeds;
    }

    static String path(String slug) {
        return "/programmes/" + slug + "/feed.ics";
    }

    @GetMapping("/programmes/{slug}/feed.ics")
    void feed(@PathVariable String slug, WebRequest request, HttpServletResponse response) throws IOException {
        var found = programmes.bySlug(slug);
        if (found.isEmpty()) {
            String current = programmes.renamedTo(slug)
                    .orElseThrow(() -> new NotFoundException("programme " + slug));
            response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
            response.setHeader("Location", path(current));
            return;
        }
        ProgrammeView page = found.get();
        CategoryView category = pageModel.followedCategory(page);
        if (category == null && page.seriesIds().isEmpty()) {
            throw new NotFoundException("programme feed " + slug);
        }
        feeds.strand(page.title(), category == null ? null : category.id(), page.seriesIds(), request, response);
    }
}
