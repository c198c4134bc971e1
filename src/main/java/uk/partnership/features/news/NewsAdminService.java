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
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.partnership.base.audit.Actor;
import uk.partnership.base.audit.AuditTrail;
import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.base.web.EditConflictException;
import uk.partnership.base.web.FormDates;
import uk.partnership.base.web.NotFoundException;
import uk.partnership.base.web.SiteProperties;
import uk.partnership.base.web.SlugHistory;
import uk.partnership.base.web.Slugs;

/**
 * The coordinator's news changes: create, edit, publish now, schedule for later, unpublish. Every change is
 * checked against the version the form was opened with and writes an audit entry in the same transaction.
 * Scheduling only stores the publish time: {@link NewsFeed} shows the post from then on.
 */
@Service
class NewsAdminService {

    static final String ITEM = "news";

    private final NewsRepository posts;
    private final NewsFeed feed;
    private final SchoolDirectory schools;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final SlugHistory slugs;
    private final NewsEventLinks events;
    private final Clock clock;
    private final ZoneId zone;

    NewsAdminService(NewsRepository posts, NewsFeed feed, SchoolDirectory schools, AuditTrail audit, JdbcClient jdbc,
                     NewsEventLinks events, Clock clock, SiteProperties site) {
        this.posts = posts;
        this.feed = feed;
        this.schools = schools;
        this.audit = audit;
        this.jdbc = jdbc;
        this.slugs = new SlugHistory(jdbc, "news_post", "news_slug_history", "post_id");
        this.events = events;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    @Transactional(readOnly = true)
    NewsForm formFor(long id) {
        NewsPost post = find(id);
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
        List<Long> eventIds = events.resolve(form.events(), errors);
        Instant when = schedule ? publishAt(form.publishDate(), form.publishTime(), errors) : null;
        if (errors.hasErrors()) {
            return null;
        }
        String slug = slugs.choose(form.slug(), null, form.title());
        NewsPost post = new NewsPost(form.title().strip(), slug, actor.accountId(),
                authorName.isBlank() ? actor.email() : authorName, clock.instant(), actor.email());
        post.write(form.title().strip(), slug, trim(form.summary()), body(form), schoolIds(form));
        posts.saveAndFlush(post);
        events.save(post.getId(), eventIds);
        audit.record(actor, "created", ITEM, post.getId(), post.getTitle(),
                AuditTrail.diff(Map.of(), described(post, eventIds)));
        if (when != null) {
            change(actor, post.getId(), post.getVersion(), "scheduled",
                    scheduled -> scheduled.schedule(when, clock.instant(), actor.email()));
        }
        return post.getId();
    }

    @Transactional
    void update(Actor actor, long id, NewsForm form, Errors errors) {
        NewsPost post = find(id);
        checkVersion(post, form.versionOrZero());
        check(form, post, errors);
        List<Long> eventIds = events.resolve(form.events(), errors);
        if (errors.hasErrors()) {
            return;
        }
        Map<String, Object> before = described(post, events.idsOf(id));
        String oldSlug = post.getSlug();
        String slug = slugs.choose(form.slug(), post.getSlug(), form.title());
        post.write(form.title().strip(), slug, trim(form.summary()), body(form), schoolIds(form));
        post.edited(clock.instant(), actor.email());
        posts.saveAndFlush(post);
        if (!oldSlug.equals(slug)) {
            slugs.renamed(oldSlug, slug, post.getId());
        }
        events.save(post.getId(), eventIds);
        audit.record(actor, "changed", ITEM, post.getId(), post.getTitle(),
                AuditTrail.diff(before, described(post, eventIds)));
    }

    @Transactional
    void publish(Actor actor, long id, long version) {
        change(actor, id, version, "published", post -> post.publish(clock.instant(), actor.email()));
    }

    @Transactional
    void unpublish(Actor actor, long id, long version) {
        change(actor, id, version, "unpublished", post -> post.unpublish(clock.instant(), actor.email()));
    }

    /** Sets the time the post appears, which must be later than now; field errors otherwise. */
    @Transactional
    void schedule(Actor actor, long id, ScheduleForm form, Errors errors) {
        NewsPost post = find(id);
        checkVersion(post, form.versionOrZero());
        Instant when = publishAt(form.publishDate(), form.publishTime(), errors);
        if (when == null) {
            return;
        }
        change(actor, id, form.versionOrZero(), "scheduled",
                scheduled -> scheduled.schedule(when, clock.instant(), actor.email()));
    }

    @Transactional(readOnly = true)
    long version(long id) {
        return find(id).getVersion();
    }

    private void change(Actor actor, long id, long version, String action, Consumer<NewsPost> change) {
        NewsPost post = find(id);
        checkVersion(post, version);
        Map<String, Object> before = post.describedFields();
        change.accept(post);
        posts.saveAndFlush(post);
        audit.record(actor, action, ITEM, post.getId(), post.getTitle(), AuditTrail.diff(before, post.describedFields()));
    }

    private NewsPost find(long id) {
        return posts.findById(id).orElseThrow(() -> new NotFoundException("news " + id));
    }

    private static void checkVersion(NewsPost post, long formVersion) {
        if (post.getVersion() != formVersion) {
            throw new EditConflictException(post.getUpdatedBy() == null ? "" : post.getUpdatedBy(), post.getUpdatedAt(),
                    post.getVersion());
        }
    }

    /** Checks what Bean Validation cannot: the related schools and the slug. */
    private void check(NewsForm form, @Nullable NewsPost current, Errors errors) {
        if (form.schoolIds() != null
                && form.schoolIds().stream().anyMatch(school -> school == null || schools.byId(school).isEmpty())) {
            errors.rejectValue("schoolIds", "admin.news.schools.unknown");
        }
        if (form.slug() != null && !form.slug().isBlank()) {
            String slug = form.slug().strip();
            if (!Slugs.isValid(slug)) {
                errors.rejectValue("slug", "form.slug.invalid");
            } else if (slugs.taken(slug, current == null ? null : current.getId())) {
                errors.rejectValue("slug", "form.slug.taken");
            }
        }
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

    private static Set<Long> schoolIds(NewsForm form) {
        return form.schoolIds() == null ? Set.of() : new LinkedHashSet<>(form.schoolIds());
    }

    private static String body(NewsForm form) {
        return form.body() == null ? "" : form.body();
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
