/**
 * The feature layer: events, news, proposals, accounts, programmes and impact. Each owns its tables; another module asks its public
 * classes, or implements an interface it offers (such as {@link uk.partnership.features.events.EventOrigins}),
 * and never reads its tables. Features use the base layer and never the pages above them.
 */
@NullMarked
package uk.partnership.features;

import org.jspecify.annotations.NullMarked;
