package uk.partnership.features.events;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Saved venues (issue 19): the places events were held, collected from the events by a trigger (V40), offered by the
 * event form as a select. Without JavaScript, a venue chosen there fills the venue's name and address when both were
 * left empty: this filter puts them into the posted form before it is bound, so the form record, its checks and the
 * page shown again all see them as if typed, and a name or address that was typed always wins.
 */
@Component
class EventVenues extends OncePerRequestFilter {

    /** The select's field. */
    static final String FIELD = "savedVenue";
    /** How many venues the select offers, the most recently used first. */
    static final int OFFERED = 100;
    private static final Pattern EVENT_FORM = Pattern.compile("/admin/events(/\\d+(/postpone)?)?");

    public record Venue(long id, String name, String address) {

        /** "Main Hall, Kennington Road, Radley OX14 2HR": what the select shows. */
        public String label() {
            return address.isBlank() ? name : name + ", " + address;
        }
    }

    private final JdbcClient jdbc;

    EventVenues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The venues the form offers, by name. One statement. */
    List<Venue> offered() {
        return jdbc.sql("""
                        select id, name, address from (
                            select id, name, address from venue order by last_used_at desc, id desc limit :offered
                        ) recent order by lower(name), lower(address)""")
                .param("offered", OFFERED)
                .query((rs, n) -> new Venue(rs.getLong("id"), rs.getString("name"), rs.getString("address"))).list();
    }

    Optional<Venue> find(long id) {
        return jdbc.sql("select id, name, address from venue where id = :id").param("id", id)
                .query((rs, n) -> new Venue(rs.getLong("id"), rs.getString("name"), rs.getString("address"))).optional();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !EVENT_FORM.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
                || request.getParameter(FIELD) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Venue venue = blank(request.getParameter("venueName")) && blank(request.getParameter("venueAddress"))
                ? chosen(request.getParameter(FIELD)) : null;
        chain.doFilter(venue == null ? request : new Filled(request, venue), response);
    }

    private @Nullable Venue chosen(String value) {
        if (!value.matches("\\d{1,18}")) {
            return null;   // none chosen, or not one: the form is bound as sent
        }
        return find(Long.parseLong(value)).orElse(null);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** The posted form with the venue's name and address in place of the empty fields. */
    private static final class Filled extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Filled(HttpServletRequest request, Venue venue) {
            super(request);
            Map<String, String[]> copy = new HashMap<>(request.getParameterMap());
            copy.put("venueName", new String[] {venue.name()});
            copy.put("venueAddress", new String[] {venue.address()});
            this.parameters = Collections.unmodifiableMap(copy);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
