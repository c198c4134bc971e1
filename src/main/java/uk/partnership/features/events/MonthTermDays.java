package uk.partnership.features.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import uk.partnership.base.partnership.TermDateKind;
import uk.partnership.base.partnership.TermDateView;

/**
 * The days of a month grid on which schools are closed, for shading: school holidays and INSET days (an INSET day
 * inside a holiday reads as the holiday); and the first and last days of terms, which the grid names. Kept apart from
 * {@link MonthGrid}, whose cells it only adds a class and a label to.
 *
 * @param termEdges the month's days on which a term starts or ends
 * @param schoolName the school whose own dates they are, when the calendar is filtered to one; null for the shared
 */
public record MonthTermDays(Map<LocalDate, TermDateKind> closed, Map<LocalDate, TermEdge> termEdges,
                            @Nullable String schoolName) {

    /** A term's first ({@code starts}) or last day of teaching. */
    public record TermEdge(String term, boolean starts) {
    }

    static MonthTermDays of(List<TermDateView> entries, LocalDate first, LocalDate last, @Nullable String schoolName) {
        Map<LocalDate, TermDateKind> closed = new HashMap<>();
        Map<LocalDate, TermEdge> edges = new HashMap<>();
        for (TermDateView entry : entries) {
            if (!entry.kind().closed()) {
                if (!entry.firstDay().isBefore(first) && !entry.firstDay().isAfter(last)) {
                    edges.put(entry.firstDay(), new TermEdge(entry.name(), true));
                }
                if (!entry.lastDay().isBefore(first) && !entry.lastDay().isAfter(last)) {
                    edges.putIfAbsent(entry.lastDay(), new TermEdge(entry.name(), false));
                }
                continue;
            }
            LocalDate from = entry.firstDay().isBefore(first) ? first : entry.firstDay();
            for (LocalDate day = from; !day.isAfter(entry.lastDay()) && !day.isAfter(last); day = day.plusDays(1)) {
                closed.merge(day, entry.kind(), (was, is) -> was == TermDateKind.HOLIDAY ? was : is);
            }
        }
        return new MonthTermDays(Map.copyOf(closed), Map.copyOf(edges), schoolName);
    }

    /** The term that starts or ends on {@code day}, or null. */
    public @Nullable TermEdge edge(LocalDate day) {
        return termEdges.get(day);
    }

    /** HOLIDAY, INSET, or null on a school day. */
    public @Nullable TermDateKind on(LocalDate day) {
        return closed.get(day);
    }

    /** Whether the key is needed: some day is shaded. */
    public boolean any() {
        return !closed.isEmpty();
    }

    /** Whether any day is of {@code kind} (HOLIDAY or INSET), for the key: it explains only what the month shows. */
    public boolean has(String kind) {
        return closed.containsValue(TermDateKind.valueOf(kind));
    }
}
