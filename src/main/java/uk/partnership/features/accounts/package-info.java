/**
 * Accounts: sign-in, the signed-in person ({@link uk.partnership.features.accounts.SignedInUser}), invitations, password
 * changes and resets, and the coordinator's management of accounts at /admin/users.
 */
@NullMarked
package uk.partnership.features.accounts;

import org.jspecify.annotations.NullMarked;
