package uk.partnership.base.content;

import org.jspecify.annotations.Nullable;

/**
 * The text fields every drafted item's form has, as typed; the form records of news and programme pages implement
 * it, each with its own messages on its own Bean Validation annotations.
 */
public interface ContentForm {

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
