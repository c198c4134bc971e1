/** Application-wide wiring: security, clock and locale. Features do not depend on this package. */
package uk.partnership.config;
