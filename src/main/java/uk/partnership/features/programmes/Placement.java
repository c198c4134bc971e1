package uk.partnership.features.programmes;

/** Where a page is listed: in the header's main navigation, in the "What we do" section, or nowhere. */
public enum Placement {
    NAV, WHAT_WE_DO, NONE
}
