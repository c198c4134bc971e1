package uk.partnership.features.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The calendar's filters, as a visitor chose them: schools and categories by slug, and audiences. Empty
 * means "all". The same filter drives the month grid, the lists and the subscription feed.
 */
public record EventFilter(Set<String> schools, Set<String> categories, Set<Audience> audiences) {

    public static final EventFilter NONE = new EventFilter(Set.of(), Set.of(), Set.of());

    public EventFilter {
        schools = Set.copyOf(new LinkedHashSet<>(schools));
        categories = Set.copyOf(new LinkedHashSet<>(categories));
        audiences = Set.copyOf(audiences);
    }

    public static EventFilter school(String slug) {
        return new EventFilter(Set.of(slug), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return schools.isEmpty() && categories.isEmpty() && audiences.isEmpty();
    }

    public boolean hasSchool(String slug) {
        return schools.contains(slug);
    }

    public boolean hasCategory(String slug) {
        return categories.contains(slug);
    }

    public boolean hasAudience(Audience audience) {
        return audiences.contains(audience);
    }

    /** This filter without one of its values, named as in its query parameters ({@code school}, {@code larkmead-school}). */
    public EventFilter without(String parameter, String value) {
        return switch (parameter) {
            case "school" -> new EventFilter(minus(schools, value), categories, audiences);
            case "category" -> new EventFilter(schools, minus(categories, value), audiences);
            case "audience" -> new EventFilter(schools, categories, audiences.stream()
                    .filter(audience -> !audience.name().equalsIgnoreCase(value)).collect(Collectors.toSet()));
            default -> throw new IllegalArgumentException("not a filter parameter: " + parameter);
        };
    }

    private static Set<String> minus(Set<String> values, String value) {
        return values.stream().filter(kept -> !kept.equals(value)).collect(Collectors.toSet());
    }

    /** The filter as query parameters, in a stable order, for links that must keep it. */
    public UriComponentsBuilder addTo(UriComponentsBuilder uri) {
        sorted(schools).forEach(slug -> uri.queryParam("school", slug));
        sorted(categories).forEach(slug -> uri.queryParam("category", slug));
        audiences.stream().sorted().forEach(audience -> uri.queryParam("audience", audience.name().toLowerCase()));
        return uri;
    }

    private static List<String> sorted(Set<String> values) {
        var list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }
}
