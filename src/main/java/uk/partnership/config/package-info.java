/** Application-wide wiring: security, clock, locale, sessions and forms. No module depends on this package. */
@NullMarked
package uk.partnership.config;

import org.jspecify.annotations.NullMarked;
