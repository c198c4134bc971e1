/**
 * Events: the public calendar (list, month, single event), its iCalendar feeds, JSON and embeds, categories, and the
 * coordinator's event pages at /admin/events. Other modules read events through {@link
 * uk.partnership.features.events.EventCalendar}, {@link uk.partnership.features.events.EventLinks}, {@link
 * uk.partnership.features.events.CategoryNames} and {@link uk.partnership.features.events.EventDrafts}.
 */
@NullMarked
package uk.partnership.features.events;

import org.jspecify.annotations.NullMarked;
