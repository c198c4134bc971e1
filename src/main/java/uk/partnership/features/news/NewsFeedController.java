package uk.partnership.features.news;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

import uk.partnership.base.partnership.PartnershipService;

/**
 * The news as an Atom feed. It sends ETag and Last-Modified and answers conditional requests with 304; both
 * change when a post is published, edited or unpublished, and when the clock passes a scheduled post's time.
 */
@Controller
class NewsFeedController {

    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    static final int FEED_SIZE = 20;

    private final NewsFeed news;
    private final NewsAtomWriter writer;
    private final PartnershipService partnerships;
    private final MessageSource messages;
    private final Clock clock;

    NewsFeedController(NewsFeed news, NewsAtomWriter writer, PartnershipService partnerships, MessageSource messages,
                       Clock clock) {
        this.news = news;
        this.writer = writer;
        this.partnerships = partnerships;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/news/feed.atom")
    @Nullable ResponseEntity<String> feed(WebRequest request) {
        Instant now = clock.instant();
        NewsFeed.FeedVersion version = news.feedVersion(now);
        String etag = "\"news-" + version.posts() + "-" + version.latestPublish().toEpochMilli() + "-"
                + version.lastEdit().toEpochMilli() + "\"";
        if (request.checkNotModified(etag, version.lastModified().toEpochMilli())) {
            return null;
        }
        List<NewsView> posts = news.latest(now, FEED_SIZE);
        Instant updated = posts.stream().map(NewsView::lastChange).max(Instant::compareTo).orElse(version.lastModified());
        var partnership = partnerships.current();
        String name = partnership.configured() ? partnership.name()
                : messages.getMessage("site.unconfigured.name", null, Locale.UK);
        String body = writer.write(messages.getMessage("news.feed.title", new Object[] {name}, Locale.UK), name,
                posts, updated);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(REVALIDATE).body(body);
    }
}
