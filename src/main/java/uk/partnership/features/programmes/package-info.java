/**
 * Programme pages and other pages (issue 20): the partnership's strands of work, each with its own page at
 * /programmes/{slug}, listed under "What we do" at /programmes or placed in the header's navigation, and the
 * coordinator's pages at /admin/programmes. A page may follow an event category and then shows that category's
 * upcoming events and calendar feed, read through the events feature's public classes. Other modules read pages
 * through {@link uk.partnership.features.programmes.Programmes}.
 */
@NullMarked
package uk.partnership.features.programmes;

import org.jspecify.annotations.NullMarked;
