package uk.partnership.features.news;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.images.PictureForms;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.schools.SchoolView;
import uk.partnership.base.web.FormDates;
import uk.partnership.base.web.FormPages;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.RichText;
import uk.partnership.base.web.SiteProperties;

/**
 * The coordinator's news: list, create, edit with a preview that works without JavaScript, publish now,
 * schedule for a later time, unpublish, and a preview of the public article.
 */
@Controller
class NewsAdminController {

    static final int PAGE_SIZE = 20;
    /** The time a schedule form suggests, on the next day, when the post has no future publish time. */
    static final LocalTime SUGGESTED_TIME = LocalTime.of(8, 0);

    private final NewsAdminService admin;
    private final NewsFeed news;
    private final SchoolDirectory schools;
    private final RichText richText;
    private final Clock clock;
    private final ZoneId zone;
    private final FormPages forms;
    private final NewsEventLinks events;
    private final SiteProperties site;
    private final PictureForms pictures;

    NewsAdminController(NewsAdminService admin, NewsFeed news, SchoolDirectory schools, RichText richText, Clock clock,
                        SiteProperties site, FormPages forms, NewsEventLinks events, PictureForms pictures) {
        this.admin = admin;
        this.news = news;
        this.schools = schools;
        this.richText = richText;
        this.clock = clock;
        this.zone = site.timeZone();
        this.forms = forms;
        this.events = events;
        this.site = site;
        this.pictures = pictures;
    }

    @GetMapping("/admin/news")
    String list(@RequestParam(required = false) @Nullable String page, Model model) {
        model.addAttribute("page", news.all(NewsPagesController.page(page), PAGE_SIZE));
        model.addAttribute("pageLink", "/admin/news?page=");
        model.addAttribute("now", clock.instant());
        return "news/admin-list";
    }

    @GetMapping("/admin/news/new")
    String newPost(Model model) {
        model.addAttribute("news", NewsForm.empty());
        return form(model, null);
    }

    @PostMapping("/admin/news")
    String create(Actor actor, @Valid @ModelAttribute("news") NewsForm typed,
                  BindingResult errors, @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = PictureForms.UPLOAD, required = false) @Nullable MultipartFile upload,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        NewsForm form = pictures.receive(typed, upload, errors, model);
        if ("preview".equals(action)) {
            return preview(form, errors, response, model, null);
        }
        Long id = admin.create(actor, actor.displayName(), form, "schedule".equals(action), errors);
        if (FormPages.failed(errors, response) || id == null) {
            return form(model, null);
        }
        if ("publish".equals(action)) {
            admin.publish(actor, id, admin.version(id));
        }
        redirect.addFlashAttribute("saved", switch (action) {
            case "publish" -> "admin.news.published";
            case "schedule" -> "admin.news.scheduled";
            default -> "admin.news.saved";
        });
        return "redirect:/admin/news/" + id;
    }

    @GetMapping("/admin/news/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("news", admin.formFor(id));
        return form(model, id);
    }

    @PostMapping("/admin/news/{id}")
    String update(Actor actor, @PathVariable long id,
                  @Valid @ModelAttribute("news") NewsForm typed, BindingResult errors,
                  @RequestParam(defaultValue = "save") String action,
                  @RequestParam(name = PictureForms.UPLOAD, required = false) @Nullable MultipartFile upload,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        NewsForm form = pictures.receive(typed, upload, errors, model);
        if ("preview".equals(action)) {
            return preview(form, errors, response, model, id);
        }
        forms.save(errors, model, () -> admin.update(actor, id, form, errors));
        if (FormPages.failed(errors, response)) {
            return form(model, id);
        }
        redirect.addFlashAttribute("saved", "admin.news.saved");
        return "redirect:/admin/news/" + id;
    }

    @PostMapping("/admin/news/{id}/publish")
    String publish(Actor actor, @PathVariable long id, @RequestParam long version,
                   RedirectAttributes redirect) {
        return statusChange(id, redirect, "admin.news.published", () -> admin.publish(actor, id, version));
    }

    @PostMapping("/admin/news/{id}/unpublish")
    String unpublish(Actor actor, @PathVariable long id, @RequestParam long version,
                     RedirectAttributes redirect) {
        return statusChange(id, redirect, "admin.news.unpublished", () -> admin.unpublish(actor, id, version));
    }

    @GetMapping("/admin/news/{id}/schedule")
    String scheduleForm(@PathVariable long id, Model model) {
        NewsView current = current(id);
        ZonedDateTime suggested = current.isWaitingAt(clock.instant()) ? current.publishAt()
                : LocalDate.now(clock.withZone(zone)).plusDays(1).atTime(SUGGESTED_TIME).atZone(zone);
        model.addAttribute("schedule", new ScheduleForm(FormDates.value(suggested.toLocalDate()),
                FormDates.value(suggested.toLocalTime()), admin.version(id)));
        return schedulePage(current, model);
    }

    @PostMapping("/admin/news/{id}/schedule")
    String schedule(Actor actor, @PathVariable long id,
                    @ModelAttribute("schedule") ScheduleForm form, BindingResult errors, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        forms.save(errors, model, () -> admin.schedule(actor, id, form, errors));
        if (FormPages.failed(errors, response)) {
            return schedulePage(current(id), model);
        }
        redirect.addFlashAttribute("saved", "admin.news.scheduled");
        return "redirect:/admin/news/" + id;
    }

    /** The post exactly as the public will see it, drafts included, with a banner saying it is a preview. */
    @GetMapping("/admin/news/{id}/preview")
    String previewPage(@PathVariable long id, Model model) {
        NewsView post = current(id);
        model.addAttribute("post", post);
        model.addAttribute("bodyHtml", richText.toHtml(post.body()));
        model.addAttribute("events", events.publicEventsOf(id));
        model.addAttribute("previewOf", id);
        model.addAttribute("previewState", post.shownStatus(clock.instant()));
        return "news/show";
    }

    private static String statusChange(long id, RedirectAttributes redirect, String done, Runnable change) {
        if (FormPages.act(redirect, "admin.news.changedMeanwhile", change)) {
            redirect.addFlashAttribute("saved", done);
        }
        return "redirect:/admin/news/" + id;
    }

    /** The form with the body as it would read; a form with errors shows them, and answers 400 as when saved. */
    private String preview(NewsForm form, BindingResult errors, HttpServletResponse response, Model model,
                           @Nullable Long id) {
        FormPages.failed(errors, response);
        model.addAttribute("previewHtml", richText.toHtml(form.body()));
        return form(model, id);
    }

    private String form(Model model, @Nullable Long id) {
        model.addAttribute("postId", id);
        if (id != null) {
            model.addAttribute("current", current(id));
        }
        model.addAttribute("now", clock.instant());
        Map<Long, String> schoolNames = new LinkedHashMap<>();
        for (SchoolView school : schools.all()) {
            schoolNames.put(school.id(), school.name());
        }
        model.addAttribute("schoolNames", schoolNames);
        model.addAttribute("eventAddressExample", site.absolute("/events/open-evening"));
        pictures.offer(model, model.getAttribute("news") instanceof NewsForm shown ? shown : null);
        return "news/admin-form";
    }

    private String schedulePage(NewsView current, Model model) {
        model.addAttribute("current", current);
        return "news/admin-schedule";
    }

    private NewsView current(long id) {
        return news.anyById(id).orElseThrow(() -> new NotFoundException("news " + id));
    }
}
