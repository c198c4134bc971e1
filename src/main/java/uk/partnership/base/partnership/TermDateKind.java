package uk.partnership.base.partnership;

/**
 * What a term dates entry is: a term (its first and last day of teaching), a holiday between terms, or an INSET day
 * (staff training, when the school is closed to pupils). Holidays and INSET days are the days a school is closed.
 */
public enum TermDateKind {
    TERM, HOLIDAY, INSET;

    /** Whether pupils are away from school on the entry's days. */
    public boolean closed() {
        return this != TERM;
    }
}
