/** The member schools: their pages, their tag colours, and the directory other features read. */
package uk.partnership.schools;
