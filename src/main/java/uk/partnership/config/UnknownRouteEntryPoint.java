package uk.partnership.config;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Everything that is not opened explicitly is refused, but a visitor who mistypes an address should read
 * "Page not found", not "You do not have permission": a path that no controller answers is a 404, and a real
 * page that needs signing in sends the visitor to the sign-in page, by a relative address: a redirect never names
 * the host the request gave, which may be forged (issue 15).
 */
class UnknownRouteEntryPoint implements AuthenticationEntryPoint {

    private final MappedRoutes routes;
    private final String signInPage;

    UnknownRouteEntryPoint(MappedRoutes routes, String signInPage) {
        this.routes = routes;
        this.signInPage = signInPage;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        if (routes.matches(request)) {
            response.sendRedirect(signInPage);
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }
}
