package uk.partnership.base.web;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A search result that is a page with a title and a snippet: a news post, a school (and, later, a programme page).
 *
 * @param title   its title, as stored (escaped by the template)
 * @param href    its address on the site
 * @param snippet the words around the match, already safe HTML ({@link SearchText#toHtml})
 * @param date    when it was published, for those that have a date
 */
public record SearchHit(String title, String href, String snippet, @Nullable ZonedDateTime date) {

    /** "Tue 3 Mar 2026", or empty without a date. */
    public String day() {
        return date == null ? "" : DateFormats.DAY.format(date);
    }

    /** The date for {@code <time datetime>}, or empty without one. */
    public String machineDate() {
        return date == null ? "" : DateFormats.MACHINE.format(date);
    }
}
