/**
 * The member schools: the coordinator's school pages at /admin/schools, their tag colours, and the directory every
 * module reads ({@link uk.partnership.base.schools.SchoolDirectory}). A school's public page composes events and news,
 * so it lives in {@code pages}.
 */
@NullMarked
package uk.partnership.base.schools;

import org.jspecify.annotations.NullMarked;
