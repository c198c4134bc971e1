package uk.partnership.features.accounts;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the templates ({@code ${@viewer.signedIn()}}): whether someone is signed in, and in
 * which role. The same answers as Spring Security's {@code isAuthenticated()} and {@code hasRole(…)} expressions, read
 * from the security context directly: {@code #authorization.expression(…)} parsed and evaluated its expression on
 * every call, 6 % of an uncached home page (issue 18). Error pages use it too, so it is a bean rather than a model
 * attribute.
 */
@Component("viewer")
public class Viewer {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    /** Someone is signed in (not an anonymous visitor). */
    public boolean signedIn() {
        return trust.isAuthenticated(authentication());
    }

    /** The partnership coordinator is signed in. */
    public boolean coordinator() {
        return has(Role.COORDINATOR);
    }

    /** A school's representative is signed in. */
    public boolean representative() {
        return has(Role.REPRESENTATIVE);
    }

    private boolean has(Role role) {
        Authentication authentication = authentication();
        return trust.isAuthenticated(authentication) && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }

    private static Authentication authentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
