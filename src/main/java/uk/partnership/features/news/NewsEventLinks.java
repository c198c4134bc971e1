package uk.partnership.features.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.partnership.base.web.SiteProperties;
import uk.partnership.base.web.Slugs;
import uk.partnership.features.events.EventCalendar;
import uk.partnership.features.events.EventView;

/**
 * The events a news post is about. The coordinator pastes the addresses of their pages, one per line, as the site
 * has no other way to name an event that a person can copy; each is kept by the event's id, in the order given, so a
 * renamed event stays linked. Only public events can be linked, and only public ones are shown under the post.
 */
@Component
class NewsEventLinks {

    static final int MAX = 10;
    static final String FIELD = "events";

    /** The slug of an event page's address, full or from /events/ on, or a bare slug; query and fragment ignored. */
    private static final Pattern EVENT_PAGE = Pattern.compile("(?:^|/)events/([^/?#]+)/?(?:[?#].*)?$");

    private final JdbcClient jdbc;
    private final EventCalendar calendar;
    private final SiteProperties site;

    NewsEventLinks(JdbcClient jdbc, EventCalendar calendar, SiteProperties site) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.site = site;
    }

    /**
     * The ids of the public events the addresses name, in order and without repeats. A line that names no public
     * event, or more than {@link #MAX} events, is a field error; the list is then incomplete and not to be saved.
     */
    List<Long> resolve(@Nullable String addresses, Errors errors) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String line : lines(addresses)) {
            Optional<EventView> event = slugOf(line).flatMap(calendar::bySlugOrEarlierSlug);
            if (event.isEmpty()) {
                errors.rejectValue(FIELD, "admin.news.events.unknown", new Object[] {line}, null);
                return List.of();
            }
            ids.add(event.get().id());
        }
        if (ids.size() > MAX) {
            errors.rejectValue(FIELD, "admin.news.events.tooMany", new Object[] {MAX}, null);
        }
        return List.copyOf(ids);
    }

    /** Replaces the post's links with these, in this order. */
    void save(long postId, List<Long> eventIds) {
        jdbc.sql("delete from news_post_event where post_id = :post").param("post", postId).update();
        for (int position = 0; position < eventIds.size(); position++) {
            jdbc.sql("insert into news_post_event (post_id, event_id, position) values (:post, :event, :position)")
                    .param("post", postId).param("event", eventIds.get(position)).param("position", position)
                    .update();
        }
    }

    /** The linked events the public can see, earliest first. */
    List<EventView> publicEventsOf(long postId) {
        return calendar.publicByIds(idsOf(postId));
    }

    /** The addresses to show in the form: the current address of each linked event, drafts-to-be included. */
    String addressesOf(long postId) {
        List<String> addresses = new ArrayList<>();
        for (long id : idsOf(postId)) {
            calendar.anyById(id).ifPresent(event -> addresses.add(site.absolute("/events/" + event.slug())));
        }
        return String.join("\n", addresses);
    }

    List<Long> idsOf(long postId) {
        return jdbc.sql("select event_id from news_post_event where post_id = :post order by position")
                .param("post", postId).query(Long.class).list();
    }

    private static List<String> lines(@Nullable String addresses) {
        return addresses == null ? List.of()
                : addresses.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Optional<String> slugOf(String line) {
        Matcher page = EVENT_PAGE.matcher(line);
        String slug = page.find() ? page.group(1) : line;
        return Optional.of(slug).filter(Slugs::isValid);
    }
}
