package uk.partnership.features.events;

/** An event category as pages and filters show it. */
public record CategoryView(long id, String name, String slug) {
}
