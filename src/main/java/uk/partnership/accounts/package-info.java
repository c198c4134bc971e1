/**
 * Accounts: sign-in, the signed-in person ({@link uk.partnership.accounts.SignedInUser}), invitations, password
 * changes and resets, and the coordinator's management of accounts at /admin/users.
 */
package uk.partnership.accounts;
