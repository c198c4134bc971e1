package uk.partnership.config;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Everything that is not opened explicitly is refused, but a visitor who mistypes an address should read
 * "Page not found", not "You do not have permission": a path that no controller answers is a 404, and a real
 * page that needs signing in sends the visitor to the sign-in page.
 */
class UnknownRouteEntryPoint implements AuthenticationEntryPoint {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final AuthenticationEntryPoint signIn;

    UnknownRouteEntryPoint(ObjectProvider<RequestMappingHandlerMapping> mappings, AuthenticationEntryPoint signIn) {
        this.mappings = mappings;
        this.signIn = signIn;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException, ServletException {
        if (isMapped(request)) {
            signIn.commence(request, response, refused);
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    private boolean isMapped(HttpServletRequest request) {
        try {
            HandlerExecutionChain handler = mappings.getObject().getHandler(request);
            return handler != null;
        } catch (Exception mappedForAnotherMethod) {
            // e.g. HttpRequestMethodNotSupportedException: the path exists.
            return true;
        }
    }
}
