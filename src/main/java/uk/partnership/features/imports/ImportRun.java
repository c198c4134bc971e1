package uk.partnership.features.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.partnership.base.web.SiteProperties;

/**
 * Imports the schools' calendars: every {@code site.imports.interval} (an hour by default) and when the coordinator
 * asks ("Import now"). Once, on one instance, however many run: sources are claimed in a short transaction under an
 * advisory lock ({@link ImportStore#claim}), then each is fetched and read outside any transaction and stored in one
 * of its own. A source that fails is reported on its row and never stops the others.
 */
@Component
class ImportRun {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final ImportStore store;
    private final FeedFetcher fetcher;
    private final FeedReader reader;
    private final ImportProperties properties;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    ImportRun(ImportStore store, FeedFetcher fetcher, FeedReader reader, ImportProperties properties,
              MessageSource messages, Clock clock, SiteProperties site) {
        this.store = store;
        this.fetcher = fetcher;
        this.reader = reader;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** What a run did: sources fetched, and how many of them failed. */
    record Outcome(int sources, int failed) {
    }

    @Scheduled(fixedDelayString = "${site.imports.interval}", initialDelayString = "PT3M")
    public void scheduled() {
        run(false);
    }

    /** Fetches the sources due, or every source when {@code all} ("Import now"). */
    Outcome run(boolean all) {
        int fetched = 0;
        int failed = 0;
        for (ImportStore.Claim claim : store.claim(all)) {
            fetched++;
            if (!importOne(claim)) {
                failed++;
            }
        }
        return new Outcome(fetched, failed);
    }

    private boolean importOne(ImportStore.Claim claim) {
        try {
            FeedFetcher.Fetched feed = fetcher.fetch(claim.url(), claim.etag(), claim.lastModified());
            if (feed.notModified()) {
                store.unchanged(claim.id());
                return true;
            }
            Instant now = clock.instant();
            Instant from = now.atZone(zone).minus(properties.past()).toInstant();
            Instant until = now.atZone(zone).plus(properties.ahead()).toInstant();
            store.save(claim.id(), reader.read(feed.body(), from, until), from, feed.etag(), feed.lastModified());
            return true;
        } catch (FeedProblem problem) {
            store.failed(claim.id(), messages.getMessage("imports.problem." + problem.code(), problem.arguments(),
                    Locale.UK));
        } catch (RuntimeException unexpected) {
            LOG.warn("Calendar import of source {} failed", claim.id(), unexpected);
            store.failed(claim.id(), messages.getMessage("imports.problem.unexpected", null, Locale.UK));
        }
        return false;
    }
}
