/**
 * The base layer: the shared MVC pieces ({@code web}), the audit trail, outgoing mail, the partnership's settings and
 * term dates, and the member schools. Every feature may use these; they use no feature. Their tables (schools,
 * settings) are reference data that a feature may read in its own queries but never write.
 */
@NullMarked
package uk.partnership.base;

import org.jspecify.annotations.NullMarked;
