package uk.partnership.config;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.partnership.base.schools.SchoolDirectory;

/**
 * Who may show the site's pages in a frame. No page may be framed ({@code frame-ancestors 'none'} and
 * {@code X-Frame-Options: DENY}), except the embeddable calendar under {@code /embed/}, which the schools' own
 * websites (as set in /admin/schools) may frame: its policy lists their origins, read afresh on each answer, and
 * it sends no X-Frame-Options (which cannot name sites). ADR 0010.
 */
final class FramingHeaders implements HeaderWriter {

    static final String CSP = "Content-Security-Policy";
    static final String X_FRAME_OPTIONS = "X-Frame-Options";

    private final String policyWithoutFraming;
    private final RequestMatcher embeddable = PathPatternRequestMatcher.withDefaults().matcher("/embed/**");
    private final ObjectProvider<SchoolDirectory> schools;

    FramingHeaders(String policyWithoutFraming, ObjectProvider<SchoolDirectory> schools) {
        this.policyWithoutFraming = policyWithoutFraming;
        this.schools = schools;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(CSP)) {
            return;
        }
        if (embeddable.matches(request)) {
            String ancestors = ancestors(schools.getObject().websiteOrigins());
            response.setHeader(CSP, policyWithoutFraming + "; frame-ancestors " + ancestors);
        } else {
            response.setHeader(CSP, policyWithoutFraming + "; frame-ancestors 'none'");
            response.setHeader(X_FRAME_OPTIONS, "DENY");
        }
    }

    static String ancestors(Set<String> origins) {
        return origins.isEmpty() ? "'self'" : "'self' " + String.join(" ", origins);
    }
}
