package uk.partnership.features.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.partnership.base.web.SlugHistory;
import uk.partnership.base.web.Slugs;

/** Events' addresses: free ones, chosen ones, old ones that redirect, and a series' dated ones. */
@Component
class EventSlugs {

    private final SlugHistory history;

    EventSlugs(JdbcClient jdbc) {
        this.history = new SlugHistory(jdbc, "event", "event_slug_history", "event_id");
    }

    boolean taken(String slug, @Nullable Long currentId) {
        return history.taken(slug, currentId);
    }

    /** The slug typed, else the event's current one, else a free one made from the title. */
    String choose(@Nullable String typed, @Nullable String current, String title) {
        return history.choose(typed, current, title);
    }

    /** An occurrence's own address: the series' slug and its date, like peer-mentoring-2026-11-03. */
    String forDay(String base, LocalDate day) {
        String wanted = base.length() > Slugs.MAX_LENGTH - 11
                ? base.substring(0, Slugs.MAX_LENGTH - 11).replaceAll("-+$", "") : base;
        return Slugs.unique(wanted + "-" + day, slug -> history.taken(slug, null));
    }

    /** After a rename, the old address redirects to the event. */
    void renamed(String oldSlug, String newSlug, long id) {
        if (!oldSlug.equals(newSlug)) {
            history.renamed(oldSlug, newSlug, id);
        }
    }
}
