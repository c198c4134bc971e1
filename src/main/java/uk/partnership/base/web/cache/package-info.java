/**
 * The cache of rendered public responses (issue 9): anonymous GETs of public pages and feeds are rendered
 * once and then served from memory until content changes on any instance (PostgreSQL NOTIFY from
 * triggers on the content tables), a scheduled change comes due, or a short time to live passes.
 * Depends on no feature package: features that schedule changes offer them through {@link
 * uk.partnership.base.web.cache.ScheduledChanges}.
 */
@NullMarked
package uk.partnership.base.web.cache;

import org.jspecify.annotations.NullMarked;
