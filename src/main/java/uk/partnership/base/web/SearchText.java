package uk.partnership.base.web;

import org.springframework.web.util.HtmlUtils;

/**
 * The one way search results are highlighted (issue 20). PostgreSQL's {@code ts_headline} marks the matched words with
 * two private-use characters that the stored text is stripped of first ({@link #withoutMarkers}), so only the
 * database's own marks remain; {@link #toHtml} then escapes everything and turns those marks into {@code <mark>}.
 * No stored text, however written, reaches the page as markup.
 */
public final class SearchText {

    /** The longest query searched for: longer ones are refused with a message rather than cut without saying. */
    public static final int MAX_LENGTH = 200;

    private static final char START = '\uE000';
    private static final char STOP = '\uE001';

    /** The options of {@code ts_headline}: the marks, and a snippet of up to two short fragments. */
    public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private SearchText() {
    }

    /** An SQL expression: {@code expression} without the two marks, for {@code ts_headline} to mark afresh. */
    public static String withoutMarkers(String expression) {
        return "translate(" + expression + ", chr(57344) || chr(57345), '')";
    }

    /** A snippet from {@code ts_headline}, escaped, with its marks as {@code <mark>} elements. */
    public static String toHtml(String headline) {
        return HtmlUtils.htmlEscape(headline).replace(String.valueOf(START), "<mark>")
                .replace(String.valueOf(STOP), "</mark>");
    }

    /**
     * What was typed, as it is searched for: without control characters (a NUL byte cannot even be sent to
     * PostgreSQL) and with runs of white space as one space.
     */
    public static String normalise(String typed) {
        return typed.replaceAll("[\\p{Cntrl}\\uE000\\uE001]", " ").replaceAll("\\s+", " ").strip();
    }
}
