package uk.partnership.features.news;

import org.jspecify.annotations.Nullable;

/**
 * When a post should appear, as typed: the date and time stay text until checked, so a wrong value comes back
 * as it was entered, with a message by its field. Times are the site's wall-clock time (Europe/London).
 */
record ScheduleForm(@Nullable String publishDate, @Nullable String publishTime, @Nullable Long version) {

    long versionOrZero() {
        return version == null ? 0 : version;
    }
}
