package uk.partnership.base.web.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The rendered public responses, by address. A page is served only while three things hold: it was rendered
 * in the current generation (every content change, on any instance, starts a new one: see
 * {@link ContentChangeListener}), its time to live has not passed, and no scheduled change has come due
 * since it was rendered. Before this instance first listens for changes (at start-up) nothing is served from the
 * cache. When it stops listening (its database connection is lost: usually the database itself is away), the pages
 * it kept go on being served, expired or not, since a stale page is better than none; nothing new is kept, and
 * everything is forgotten as soon as it listens again, as changes may have been missed meanwhile (issue 15).
 */
@Component
public class PageCache {

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final PageCacheProperties properties;
    private final List<ScheduledChanges> schedules;
    private final Clock clock;
    private volatile boolean listening;
    private volatile boolean listenedBefore;
    private volatile @Nullable Horizon horizon;
    private final ConcurrentMap<Rendering, CompletableFuture<@Nullable CachedPage>> renderings = new ConcurrentHashMap<>();

    /** A page being rendered: an address in a generation. */
    record Rendering(String address, long generation) {
    }

    /** The next scheduled change as computed in one generation, while it has not come. */
    private record Horizon(long generation, Instant next) {
    }

    PageCache(PageCacheProperties properties, List<ScheduledChanges> schedules, Clock clock) {
        this.properties = properties;
        this.schedules = schedules;
        this.clock = clock;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maximumSize().toBytes())
                .weigher((String address, CachedPage page) -> page.weight())
                .build();
    }

    /** Whether pages are served from and kept in the cache right now. */
    public boolean isActive() {
        return properties.enabled() && listening;
    }

    /** Whether this instance hears of every content change right now ({@link ContentChangeListener}). */
    public boolean isListening() {
        return listening;
    }

    /** Whether kept pages are served right now: while listening, and while listening is lost after it began. */
    boolean isServing() {
        return properties.enabled() && (listening || listenedBefore);
    }

    /** Forgets every page: content has changed somewhere. */
    public void invalidate() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    /**
     * Forgets every page when the current transaction commits (at once when there is none), so the instance
     * that makes a change serves it on its very next request without waiting for its own notification.
     */
    public void invalidateAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            invalidate();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                invalidate();
            }
        });
    }

    /** A page that may still be served, if there is one. */
    @Nullable CachedPage find(String address) {
        CachedPage page = pages.getIfPresent(address);
        if (page == null || !isServing()) {
            return null;
        }
        if (!listening) {
            return page.generation() == generation.get() ? page : null;   // stale, but better than none
        }
        if (page.generation() != generation.get() || !clock.instant().isBefore(page.validUntil())) {
            pages.asMap().remove(address, page);
            return null;
        }
        return page;
    }

    /**
     * The current generation: a page being rendered belongs to the generation read before rendering started.
     * It grows by one with every content change this instance hears of.
     */
    public long generation() {
        return generation.get();
    }

    /**
     * Keeps a page rendered in {@code renderedIn}, unless content has changed since (it would be stale) or
     * the page is too large.
     */
    void keep(String address, CachedPage page) {
        if (isActive() && page.generation() == generation.get()
                && page.body().length <= properties.maximumEntry().toBytes()) {
            pages.put(address, page);
        }
    }

    /**
     * Claims the rendering of {@code address} in the current generation. Returns null when the caller is the one
     * to render it (it must then {@link #rendered} it); otherwise the page another request is rendering, which
     * completes with null if that page is not kept. So when a page expires under load it is rendered once, not by
     * every request that misses it at the same moment. A request that arrives after a change starts a new
     * generation, so it never waits for a page begun before the change.
     */
    @Nullable CompletableFuture<@Nullable CachedPage> claim(Rendering rendering) {
        return renderings.putIfAbsent(rendering, new CompletableFuture<>());
    }

    /** Ends a claimed rendering and hands its page (null if it is not kept) to the requests waiting for it. */
    void rendered(Rendering rendering, @Nullable CachedPage page) {
        CompletableFuture<@Nullable CachedPage> waiting = renderings.remove(rendering);
        if (waiting != null) {
            waiting.complete(page);
        }
    }

    /** Until when a page rendered now, in generation {@code renderedIn}, may be served. */
    Instant validUntil(long renderedIn, Instant now) {
        Instant expires = now.plus(properties.timeToLive());
        Instant next = nextScheduledChange(renderedIn, now);
        return next.isBefore(expires) ? next : expires;
    }

    private Instant nextScheduledChange(long renderedIn, Instant now) {
        Horizon known = horizon;
        if (known != null && known.generation() == renderedIn && now.isBefore(known.next())) {
            return known.next();
        }
        Instant next = Instant.MAX;
        for (ScheduledChanges schedule : schedules) {
            Instant candidate = schedule.nextChangeAfter(now).orElse(Instant.MAX);
            if (candidate.isBefore(next)) {
                next = candidate;
            }
        }
        horizon = new Horizon(renderedIn, next);
        return next;
    }

    void listening(boolean listening) {
        if (listening) {
            invalidate();   // whatever changed while nobody listened
            listenedBefore = true;
        }
        this.listening = listening;
    }

    /** How many pages are kept; for tests. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    Clock clock() {
        return clock;
    }
}
