/**
 * Impact (issue 21): who took part in the partnership's activities, from which school, as numbers only, and the
 * reports, charts and CSV the partnership gives its funders. Representatives record their own school's numbers for
 * the events it hosts (at /proposals/impact, the representatives' area); the coordinator records any school's and
 * reads the reports at /admin/impact. Events are read through the events module's {@link
 * uk.partnership.features.events.EventActivities}, never from its tables. Other modules read the headline figures
 * and the events still without numbers through {@link uk.partnership.features.impact.ImpactFigures}.
 */
@NullMarked
package uk.partnership.features.impact;

import org.jspecify.annotations.NullMarked;
