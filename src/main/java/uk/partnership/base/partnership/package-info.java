/**
 * The partnership itself: its settings (name, aims, links, branding) at /admin/settings and its term dates. The
 * layout reads the settings through {@link uk.partnership.base.partnership.LayoutPartnership}; every module may read
 * them through {@link uk.partnership.base.partnership.PartnershipService} and {@link
 * uk.partnership.base.partnership.TermDates}.
 */
@NullMarked
package uk.partnership.base.partnership;

import org.jspecify.annotations.NullMarked;
