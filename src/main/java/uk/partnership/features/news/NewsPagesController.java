package uk.partnership.features.news;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import uk.partnership.base.images.Picture;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.BadRequestException;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.PageMeta;
import uk.partnership.base.web.RichText;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.base.web.Slugs;

/** The public news: the list, newest first, and one article. Drafts and posts still to come answer 404. */
@Controller
class NewsPagesController {

    static final int PAGE_SIZE = 10;

    private final NewsFeed news;
    private final RichText richText;
    private final SchoolDirectory schools;
    private final NewsEventLinks events;
    private final SiteProperties site;

    NewsPagesController(NewsFeed news, RichText richText, SchoolDirectory schools, NewsEventLinks events,
                        SiteProperties site) {
        this.site = site;
        this.news = news;
        this.richText = richText;
        this.schools = schools;
        this.events = events;
    }

    /**
     * The news, newest first, or only the posts about one school ({@code ?school=}, as on its page). An earlier slug
     * of a renamed school redirects to its current one; a school that never existed is a bad request.
     */
    @GetMapping("/news")
    Object list(@RequestParam(required = false) @Nullable String page,
                @RequestParam(required = false) @Nullable String school, Model model) {
        SchoolView chosen = null;
        if (school != null && !school.isBlank()) {
            var found = schools.bySlug(school.strip());
            if (found.isEmpty()) {
                return redirectIfSchoolRenamed(school.strip(), page);
            }
            chosen = found.get();
        }
        int number = page(page);
        model.addAttribute("page", news.page(number, PAGE_SIZE, chosen == null ? null : chosen.id()));
        model.addAttribute("filterSchool", chosen);
        model.addAttribute("schools", schools.all());
        model.addAttribute("pageLink", chosen == null ? "/news?page=" : "/news?school=" + chosen.slug() + "&page=");
        // The school and the page define what the list shows; page 1 is the list itself.
        var canonical = UriComponentsBuilder.fromPath("/news");
        if (chosen != null) {
            canonical.queryParam("school", chosen.slug());
        }
        if (number > 1) {
            canonical.queryParam("page", number);
        }
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of(canonical.build().encode().toUriString()));
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
        model.addAttribute("events", events.publicEventsOf(post.id()));
        model.addAttribute(PageMeta.ATTRIBUTE, PageMeta.of("/news/" + post.slug()).describedAs(post.summary()).asArticle()
                .withImage(Picture.preview(post.picture(), site)));
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

    private RedirectView redirectIfSchoolRenamed(String slug, @Nullable String page) {
        String current = Optional.of(slug).filter(Slugs::isValid).flatMap(schools::renamedTo)
                .orElseThrow(() -> new BadRequestException("news.filter.school.unknown", slug));
        var address = UriComponentsBuilder.fromPath("/news").queryParam("school", current);
        if (page != null && !page.isBlank()) {
            address.queryParam("page", page(page));
        }
        var redirect = new RedirectView(address.toUriString());
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
