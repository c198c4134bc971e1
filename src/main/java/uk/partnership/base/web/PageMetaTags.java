package uk.partnership.base.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the layout's head writes from a page's {@link PageMeta}, as the bean {@code pageMetaTags}: the absolute
 * canonical address, built from the site's base address ({@link SiteProperties#baseUrl()}), and the description as
 * a link preview shows it.
 */
@Component("pageMetaTags")
public class PageMetaTags {

    private final SiteProperties site;

    PageMetaTags(SiteProperties site) {
        this.site = site;
    }

    /** The page's canonical address: the site's base address and the page's canonical path. */
    public String url(PageMeta meta) {
        return site.absolute(meta.path());
    }

    /**
     * The picture a link preview shows: the page's own, else the one at {@code fallbackPath} (the partnership's logo,
     * with {@code fallbackAlt}), else none.
     */
    public PageMeta.@Nullable Image image(PageMeta meta, @Nullable String fallbackPath, @Nullable String fallbackAlt) {
        if (meta.image() != null) {
            return meta.image();
        }
        return fallbackPath == null ? null : new PageMeta.Image(site.absolute(fallbackPath), fallbackAlt);
    }

    /** The page's own description, or else {@code fallback} (the strapline), shortened; empty when neither is set. */
    public String description(@Nullable PageMeta meta, @Nullable String fallback) {
        return PageMeta.shorten(meta != null && meta.description() != null ? meta.description() : fallback);
    }
}
