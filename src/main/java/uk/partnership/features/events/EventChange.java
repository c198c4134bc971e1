package uk.partnership.features.events;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.images.Picture;

import uk.partnership.base.web.Slugs;

/**
 * An event form once {@link EventFormCheck} has accepted it: its fields, its category, when it takes place and, if
 * it repeats, the series' plan. What the services write; nothing here can be wrong any more.
 */
record EventChange(EventForm form, Category category, EventSpan span, @Nullable SeriesPlan plan,
                   @Nullable Picture picture) {

    String title() {
        return form.title().strip();
    }

    /** The slug typed, if any. */
    @Nullable String typedSlug() {
        return blankToNull(form.slug());
    }

    /** What a series' occurrences' slugs start with: the slug typed, else one made from the title. */
    String slugBase() {
        String typed = typedSlug();
        return typed != null ? typed : Slugs.from(form.title());
    }

    /** Writes the form's fields (all but title, slug and category) onto {@code event}, on {@code span}. */
    void applyTo(Event event, EventSpan span) {
        span.applyTo(event);
        event.describe(trim(form.summary()), form.description() == null ? "" : form.description());
        event.venue(trim(form.venueName()), trim(form.venueAddress()), blankToNull(form.onlineUrl()));
        event.hostedBy(form.isWholePartnership() || form.hostSchoolIds() == null ? Set.of()
                : new LinkedHashSet<>(form.hostSchoolIds()));
        Set<Audience> audiences = form.audiences() == null || form.audiences().isEmpty() ? EnumSet.noneOf(Audience.class)
                : EnumSet.copyOf(form.audiences());
        event.forAudiences(audiences, form.yearGroups() == null ? Set.of()
                : new LinkedHashSet<>(form.yearGroups().stream().filter(EventForm.YEAR_GROUPS::contains).toList()));
        event.booking(trim(form.bookingText()), blankToNull(form.bookingUrl()));
        event.picture(picture, form.showsPupils());
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
