/**
 * Shared MVC pieces used by every feature: site-wide properties, rich text, error handling, the current
 * path for navigation. Depends on no other module.
 */
@NullMarked
package uk.partnership.base.web;

import org.jspecify.annotations.NullMarked;
