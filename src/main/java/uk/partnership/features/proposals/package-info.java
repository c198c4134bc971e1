/**
 * Proposals: representatives propose activities for their own school at /proposals and follow them through
 * review; coordinators review them. Every read and change checks the signed-in person's school, so another
 * school's proposal answers 404.
 */
@NullMarked
package uk.partnership.features.proposals;

import org.jspecify.annotations.NullMarked;
