package uk.partnership.features.impact;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.web.SingleLine;

/**
 * The report's period as asked in the address: a term or school year chosen from the list ({@code period}:
 * {@code term-<id>} or {@code year-<yyyy>}), or any dates ({@code from}, {@code to}), which win when given.
 */
public record PeriodForm(@SingleLine @Nullable String period, @SingleLine @Nullable String from,
                  @SingleLine @Nullable String to) {

    boolean datesGiven() {
        return !blank(from) || !blank(to);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
