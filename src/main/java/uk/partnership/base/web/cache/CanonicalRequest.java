package uk.partnership.base.web.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;

/**
 * A request as its canonical address shows it ({@link PageParameters}): its query string and parameters are the
 * canonical ones, everything else is the request as sent. A page that is kept is rendered for this request, so what
 * it shows depends on nothing its address leaves out, and it may be served to every request with that address: a
 * parameter the page does not read never reaches it, nor anything that echoes the query string, such as a link.
 * <p>
 * Rendering the canonical request was preferred to redirecting to its address: every address answers at once and as
 * it did (a subscribed calendar, a link with a tracking parameter), with the one page the cache already holds.
 */
final class CanonicalRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;
    private final @Nullable String query;

    /** @param parameters the canonical parameters, in their order */
    CanonicalRequest(HttpServletRequest request, Map<String, String[]> parameters) {
        super(request);
        this.parameters = Collections.unmodifiableMap(parameters);
        this.query = parameters.isEmpty() ? null : query(parameters);
    }

    /** The address the page is kept by: the path, then the canonical query, if any. */
    String address() {
        return query == null ? getRequestURI() : getRequestURI() + '?' + query;
    }

    @Override
    public @Nullable String getQueryString() {
        return query;
    }

    @Override
    public @Nullable String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    private static String query(Map<String, String[]> parameters) {
        var query = new StringJoiner("&");
        parameters.forEach((name, values) -> {
            for (String value : values) {
                query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + '='
                        + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
