package uk.partnership.features.programmes;

/** A published page placed in the header's main navigation: its title and address. */
public record NavItem(String title, String path) {
}
