/**
 * Events: the public calendar (list, month, single event), its iCalendar feeds, JSON and embeds, categories, and the
 * coordinator's event pages at /admin/events. Other modules read events through {@link
 * uk.partnership.features.events.EventCalendar}, {@link uk.partnership.features.events.EventLinks}, {@link
 * uk.partnership.features.events.CategoryNames}, {@link uk.partnership.features.events.EventDrafts}, {@link
 * uk.partnership.features.events.EventImports} (events made and followed from the schools' own calendars) and, for
 * reports of what took place, {@link uk.partnership.features.events.EventActivities}.
 */
@NullMarked
package uk.partnership.features.events;

import org.jspecify.annotations.NullMarked;
