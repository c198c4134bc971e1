/**
 * Shared MVC pieces used by every feature: site-wide properties, rich text, error handling, the current
 * path for navigation. Depends on no feature package.
 */
package uk.partnership.web;
