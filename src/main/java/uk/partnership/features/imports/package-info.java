/**
 * Imports: each school's own calendar (an iCalendar address) feeds the partnership's, through the coordinator's
 * review at /admin/imports (issue 22, ADR 0030). Feeds are fetched safely ({@link
 * uk.partnership.features.imports.FeedFetcher}), read with ical4j ({@link uk.partnership.features.imports.FeedReader})
 * and kept one row per occurrence; events are made and changed only through {@link
 * uk.partnership.features.events.EventImports}.
 */
@NullMarked
package uk.partnership.features.imports;

import org.jspecify.annotations.NullMarked;
