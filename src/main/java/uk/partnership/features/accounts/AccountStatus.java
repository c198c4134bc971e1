package uk.partnership.features.accounts;

/** An invited account has no password yet; only an active one can sign in. */
enum AccountStatus {
    INVITED, ACTIVE, DEACTIVATED
}
