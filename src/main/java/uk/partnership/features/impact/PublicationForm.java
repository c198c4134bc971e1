package uk.partnership.features.impact;

/**
 * The coordinator's choice to publish the school year's headline figures on the about page.
 *
 * @param version the version of the setting the page was opened on
 */
public record PublicationForm(boolean publish, long version) {
}
