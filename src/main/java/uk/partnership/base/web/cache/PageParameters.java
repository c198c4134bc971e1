package uk.partnership.base.web.cache;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.util.StringUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Which query parameters each cached page reads (learnt from its handler methods by {@link HandlerParameters}), and
 * so the canonical form of a request for it: the page's own parameters alone, by name, their values trimmed, without
 * blank ones, in order and, where the page reads them as a set ({@code school=a&school=b}), once each. Requests that
 * differ only in the order of their parameters, in blank or unknown parameters, or in a set's repeated values have
 * one canonical form, rendered once and kept once (issue 18): {@code /events/feed.ics?x=} followed by anything new is
 * no longer a new page to render.
 * <p>
 * Every public page treats a blank value as an absent one (the calendar's filters, {@code month}, {@code from},
 * {@code page}, {@code limit}); a page that must tell them apart would see blank values go. Spaces around a value
 * are trimmed as well, so a value that only they made bad ({@code month=%202031-01}) is read as it would be without
 * them, rather than each way of padding it being a page of its own.
 *
 * @param pages the handlers' paths and the parameters read on each
 */
record PageParameters(List<Page> pages) {

    /** How a page reads a parameter, from the least to the most its values may be tidied. */
    enum Reading {
        /** One value. */
        ONE,
        /**
         * A list, which Spring also reads from one value separated by commas, with spaces around them trimmed
         * ({@code StringToCollectionConverter}): so {@code school=a,b} is {@code school=a&school=b}.
         */
        LIST,
        /** A set: a list whose order and repeated values change nothing. */
        SET;

        /** How a parameter read in two ways is read: tidied only as far as both allow. */
        static Reading both(Reading one, Reading other) {
            return one.compareTo(other) <= 0 ? one : other;
        }
    }

    /**
     * The parameters a handler reads on a path.
     *
     * @param path       the handler's path pattern
     * @param parameters the names of the query parameters it reads, and how
     */
    record Page(PathPattern path, Map<String, Reading> parameters) {

        Page {
            parameters = Map.copyOf(parameters);
        }
    }

    PageParameters {
        pages = List.copyOf(pages);
    }

    /** The request as its canonical address shows it, for the page to be rendered for and kept by. */
    CanonicalRequest canonical(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            // Most requests, and nearly every cache hit: no parameters, so nothing to look up (a GET has no form body).
            return new CanonicalRequest(request, Map.of());
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        // Every handler on the path, not only the one Spring MVC will choose: a parameter is kept if any of them
        // reads it, and tidied only as far as every one of them that reads it allows.
        Map<String, Reading> read = new HashMap<>();
        for (Page page : pages) {
            if (page.path().matches(path)) {
                page.parameters().forEach((name, reading) -> read.merge(name, reading, Reading::both));
            }
        }
        Map<String, String[]> canonical = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            Reading reading = read.get(name);
            if (reading != null) {
                String[] kept = canonical(values, reading);
                if (kept.length > 0) {
                    canonical.put(name, kept);
                }
            }
        });
        return new CanonicalRequest(request, canonical);
    }

    private static String[] canonical(String[] values, Reading reading) {
        Stream<String> given = Arrays.stream(values).map(String::strip).filter(value -> !value.isEmpty());
        if (reading == Reading.ONE) {
            return given.sorted().toArray(String[]::new);
        }
        String[] listed = given.toArray(String[]::new);
        if (listed.length == 1) {
            listed = StringUtils.commaDelimitedListToStringArray(listed[0]);
        }
        Stream<String> list = Arrays.stream(listed).map(String::strip).filter(value -> !value.isEmpty()).sorted();
        return (reading == Reading.SET ? list.distinct() : list).toArray(String[]::new);
    }
}
