package uk.partnership.features.news;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.content.ContentEditing;
import uk.partnership.base.images.Picture;
import uk.partnership.base.images.PictureForms;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.FormDates;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SiteProperties;

/**
 * The coordinator's news changes: create, edit, publish now, schedule for later, unpublish. Every change is
 * checked against the version the form was opened with and writes an audit entry in the same transaction.
 * Scheduling only stores the publish time: {@link NewsFeed} shows the post from then on.
 */
@Service
class NewsAdminService {

    static final String ITEM = "news";

    private final ContentEditing<NewsPost> posts;
    private final NewsFeed feed;
    private final SchoolDirectory schools;
    private final NewsEventLinks events;
    private final PictureForms pictures;
    private final Clock clock;
    private final ZoneId zone;

    NewsAdminService(NewsRepository repository, NewsFeed feed, SchoolDirectory schools, AuditTrail audit,
                     JdbcClient jdbc, NewsEventLinks events, PictureForms pictures, Clock clock, SiteProperties site) {
        this.posts = new ContentEditing<>(repository, audit, jdbc, clock, ITEM, "news_post", "news_slug_history",
                "post_id");
        this.feed = feed;
        this.schools = schools;
        this.events = events;
        this.pictures = pictures;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    @Transactional(readOnly = true)
    NewsForm formFor(long id) {
        NewsPost post = posts.find(id);
        NewsView view = feed.anyById(id).orElseThrow(() -> new NotFoundException("news " + id));
        return NewsForm.of(view, events.addressesOf(id), post.getVersion());
    }

    /**
     * A new draft by {@code actor}, shown as written by {@code authorName}, scheduled for the form's publish date and
     * time when {@code schedule}; null when the form has errors.
     */
    @Transactional
    @Nullable Long create(Actor actor, String authorName, NewsForm form, boolean schedule, Errors errors) {
        check(form, null, errors);
        Picture picture = pictures.check(form, errors);
        List<Long> eventIds = events.resolve(form.events(), errors);
        Instant when = schedule ? publishAt(form.publishDate(), form.publishTime(), errors) : null;
        if (errors.hasErrors()) {
            return null;
        }
        NewsPost post = posts.create(actor, form, slug -> write(new NewsPost(actor.accountId(),
                        authorName.isBlank() ? actor.email() : authorName, clock.instant(), actor.email()), form, slug, picture),
                created -> described(created, eventIds));
        events.save(post.getId(), eventIds);
        if (when != null) {
            posts.change(actor, post.getId(), post.getVersion(), "scheduled",
                    scheduled -> scheduled.schedule(when, clock.instant(), actor.email()));
        }
        return post.getId();
    }

    @Transactional
    void update(Actor actor, long id, NewsForm form, Errors errors) {
        NewsPost post = posts.findAt(id, form.versionOrZero());
        check(form, post, errors);
        Picture picture = pictures.check(form, errors);
        List<Long> eventIds = events.resolve(form.events(), errors);
        if (errors.hasErrors()) {
            return;
        }
        posts.update(actor, post, form, slug -> write(post, form, slug, picture), described(post, events.idsOf(id)),
                edited -> described(edited, eventIds));
        events.save(post.getId(), eventIds);
    }

    @Transactional
    void publish(Actor actor, long id, long version) {
        posts.change(actor, id, version, "published", post -> post.publish(clock.instant(), actor.email()));
    }

    @Transactional
    void unpublish(Actor actor, long id, long version) {
        posts.change(actor, id, version, "unpublished", post -> post.unpublish(clock.instant(), actor.email()));
    }

    /** Sets the time the post appears, which must be later than now; field errors otherwise. */
    @Transactional
    void schedule(Actor actor, long id, ScheduleForm form, Errors errors) {
        posts.findAt(id, form.versionOrZero());
        Instant when = publishAt(form.publishDate(), form.publishTime(), errors);
        if (when == null) {
            return;
        }
        posts.change(actor, id, form.versionOrZero(), "scheduled",
                scheduled -> scheduled.schedule(when, clock.instant(), actor.email()));
    }

    @Transactional(readOnly = true)
    long version(long id) {
        return posts.find(id).getVersion();
    }

    /** Checks what Bean Validation cannot: the related schools and the slug. */
    private void check(NewsForm form, @Nullable NewsPost current, Errors errors) {
        if (form.schoolIds() != null
                && form.schoolIds().stream().anyMatch(school -> school == null || schools.byId(school).isEmpty())) {
            errors.rejectValue("schoolIds", "admin.news.schools.unknown");
        }
        posts.checkSlug(form, current == null ? null : current.getId(), errors);
    }

    /**
     * The moment a schedule form asks for, which must be later than now; null with field errors otherwise. Both
     * forms that schedule (the schedule page's and the new post's) name the fields publishDate and publishTime.
     */
    private @Nullable Instant publishAt(@Nullable String date, @Nullable String time, Errors errors) {
        LocalDate day = FormDates.day(errors, "publishDate", date, "admin.news.publishDate.required",
                "admin.news.publishDate.invalid");
        LocalTime at = FormDates.time(errors, "publishTime", time, "admin.news.publishTime.required",
                "admin.news.publishTime.invalid");
        if (day == null || at == null) {
            return null;
        }
        Instant when = day.atTime(at).atZone(zone).toInstant();
        if (!when.isAfter(clock.instant())) {
            errors.rejectValue("publishDate", "admin.news.schedule.past");
            return null;
        }
        return when;
    }

    /** What the audit records of a post: its fields and the ids of the events it links. */
    private static Map<String, Object> described(NewsPost post, List<Long> eventIds) {
        Map<String, Object> fields = new LinkedHashMap<>(post.describedFields());
        fields.put("events", eventIds);
        return fields;
    }

    private static NewsPost write(NewsPost post, NewsForm form, String slug, @Nullable Picture picture) {
        post.writeText(form.strippedTitle(), slug, form.strippedSummary(), form.bodyOrEmpty());
        post.picture(picture, form.showsPupils());
        post.relate(form.schoolIds() == null ? Set.of() : new LinkedHashSet<>(form.schoolIds()));
        return post;
    }
}
