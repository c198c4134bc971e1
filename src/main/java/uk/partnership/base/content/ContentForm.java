package uk.partnership.base.content;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.PictureFields;

/**
 * The text and picture fields every drafted item's form has, as typed; the form records of news and programme pages
 * implement it, each with its own messages on its own Bean Validation annotations.
 *
 * @param <F> the form record itself
 */
public interface ContentForm<F extends ContentForm<F>> extends PictureFields<F> {

    String title();

    @Nullable String slug();

    @Nullable String summary();

    @Nullable String body();

    @Nullable Long version();

    default long versionOrZero() {
        return version() == null ? 0 : version();
    }

    /** The title without surrounding spaces. */
    default String strippedTitle() {
        return title().strip();
    }

    /** The summary without surrounding spaces; empty when none was sent. */
    default String strippedSummary() {
        return summary() == null ? "" : summary().strip();
    }

    /** The Markdown body as typed; empty when none was sent. */
    default String bodyOrEmpty() {
        return body() == null ? "" : body();
    }
}
