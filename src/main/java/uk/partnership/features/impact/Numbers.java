package uk.partnership.features.impact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Who took part from one school in one event: its students (and, where known, how many of them from each year group
 * 7 to 13), staff, parents and carers, and others.
 *
 * @param years the students of years 7 to 13 in order, each null where not given; never more in all than students
 */
record Numbers(int students, List<@Nullable Integer> years, int staff, int parents, int others) {

    static final int FIRST_YEAR = 7;
    static final int LAST_YEAR = 13;
    static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

    Numbers {
        if (years.size() != YEARS) {
            throw new IllegalArgumentException("years 7 to 13: " + years.size());
        }
        years = Collections.unmodifiableList(new ArrayList<>(years));
    }

    /** Everyone who took part. */
    public int total() {
        return students + staff + parents + others;
    }

    /** The students of year {@code year} (7 to 13), or null when not given. */
    public @Nullable Integer year(int year) {
        return years.get(year - FIRST_YEAR);
    }

    /** The students whose year group was given. */
    int studentsByYear() {
        return years.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    static List<Integer> yearGroups() {
        List<Integer> groups = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            groups.add(year);
        }
        return groups;
    }
}
