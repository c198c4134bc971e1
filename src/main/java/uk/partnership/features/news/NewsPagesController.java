package uk.partnership.features.news;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.RichText;

/** The public news: the list, newest first, and one article. Drafts and posts still to come answer 404. */
@Controller
class NewsPagesController {

    static final int PAGE_SIZE = 10;

    private final NewsFeed news;
    private final RichText richText;

    NewsPagesController(NewsFeed news, RichText richText) {
        this.news = news;
        this.richText = richText;
    }

    @GetMapping("/news")
    String list(@RequestParam(required = false) @Nullable String page, Model model) {
        model.addAttribute("page", news.page(page(page), PAGE_SIZE));
        model.addAttribute("pageLink", "/news?page=");
        return "news/list";
    }

    @GetMapping("/news/{slug}")
    Object article(@PathVariable String slug, Model model) {
        var found = news.bySlug(slug);
        if (found.isEmpty()) {
            return redirectIfRenamed(slug);
        }
        NewsView post = found.get();
        model.addAttribute("post", post);
        model.addAttribute("bodyHtml", richText.toHtml(post.body()));
        return "news/show";
    }

    /** An old address of a renamed post answers 301 to its new one; anything else is not found. */
    private RedirectView redirectIfRenamed(String slug) {
        String current = news.renamedTo(slug).orElseThrow(() -> new NotFoundException("news " + slug));
        var redirect = new RedirectView("/news/" + current);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    static int page(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number < 1 || number > 10_000) {
                throw new BadRequestException("news.page.invalid", page);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequestException("news.page.invalid", page);
        }
    }
}
