package uk.partnership.features.events;

import java.util.Locale;

/**
 * A choice of the event form that its pages post in lower case, as they always have ({@code scope=following},
 * {@code repeatEnd=count}): the constant binds from that text ({@link LowerCaseChoices}) and prints as it, so the
 * radios' values, ids and message keys stay as they were. Any other text is a field error, {@code typeMismatch}.
 */
interface LowerCaseChoice {

    default String posted() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }
}
