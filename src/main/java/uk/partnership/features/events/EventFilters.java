package uk.partnership.features.events;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The calendar's filters for pages outside the calendar that offer them (search): read from the same parameters
 * ({@code school}, {@code category}, {@code audience}) with the same rules and messages as the calendar's own pages.
 */
@Component
public class EventFilters {

    private final EventRequests requests;

    EventFilters(EventRequests requests) {
        this.requests = requests;
    }

    /** The filter asked for; a school or category that never existed, or an unknown audience, is a bad request. */
    public EventFilter read(@Nullable Set<String> school, @Nullable Set<String> category,
                            @Nullable Set<String> audience) {
        return requests.filter(new FilterParameters(school, category, audience));
    }
}
