package uk.partnership.base.web;

import java.text.BreakIterator;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a public page tells search engines and link previews (issue 20): its canonical path, its own description,
 * its Open Graph type and, once it has one, its picture. A controller of a page that may be shared puts one in the
 * model as {@link #ATTRIBUTE}; the layout's head ({@code fragments/frame.html}) then writes the canonical link, the
 * meta description and the Open Graph and Twitter card tags, their title being the page's title. A page without one
 * (sign-in, password links, the demo's mail, error pages) is not for sharing: it gets no canonical link, no Open
 * Graph tags and {@code noindex}.
 * <p>
 * The canonical path is the page's address without the parameters that only change how it is reached (an event's
 * page opened from a filtered calendar, {@code ?x=}, tracking tags), but with those that define what it shows: the
 * calendar's month, filters and page, the news' school and page (page 1 has none).
 *
 * @param path        the canonical path, from the leading slash, its query encoded ({@code /news?page=2})
 * @param description the page's own summary, as typed (shortened here); null for the partnership's strapline
 * @param type        the Open Graph type: {@code website}, or {@code article} for a news post
 * @param image       the page's picture, null while it has none (pictures are wired in by issue 20's "Pictures")
 */
public record PageMeta(String path, @Nullable String description, String type, @Nullable Image image) {

    /** The model attribute the layout reads. */
    public static final String ATTRIBUTE = "pageMeta";

    /** About what a link preview shows of a description; longer ones are cut at a word and end in an ellipsis. */
    public static final int DESCRIPTION_LENGTH = 200;

    /**
     * A page's picture for link previews.
     *
     * @param url absolute address of the image (og:image, twitter:image)
     * @param alt its alternative text, null or blank when it is decorative
     */
    public record Image(String url, @Nullable String alt) {
    }

    public PageMeta {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A canonical path starts with a slash: " + path);
        }
        description = description == null || description.isBlank() ? null : description;
    }

    /** A page at {@code path} that has no summary of its own (the strapline describes it). */
    public static PageMeta of(String path) {
        return new PageMeta(path, null, "website", null);
    }

    /** This page described by its own summary (blank: the strapline). */
    public PageMeta describedAs(@Nullable String summary) {
        return new PageMeta(path, summary, type, image);
    }

    /** This page as an article (a news post). */
    public PageMeta asArticle() {
        return new PageMeta(path, description, "article", image);
    }

    /** This page with its picture (null: none). */
    public PageMeta withImage(@Nullable Image picture) {
        return new PageMeta(path, description, type, picture);
    }

    /**
     * {@code text} on one line, shortened to about {@link #DESCRIPTION_LENGTH} characters: cut at the last word
     * boundary before the limit, ending in an ellipsis. Empty for null or blank text.
     */
    public static String shorten(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= DESCRIPTION_LENGTH) {
            return line;
        }
        BreakIterator words = BreakIterator.getWordInstance(Locale.UK);
        words.setText(line);
        int cut = words.isBoundary(DESCRIPTION_LENGTH) ? DESCRIPTION_LENGTH : words.preceding(DESCRIPTION_LENGTH);
        String kept = (cut <= 0 ? line.substring(0, DESCRIPTION_LENGTH) : line.substring(0, cut))
                .replaceAll("[\\s,;:.\\-–—]+$", "");
        return kept + "…";
    }
}
