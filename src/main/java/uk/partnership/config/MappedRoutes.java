package uk.partnership.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Matches the addresses a controller answers (for any method): the rest are 404s, whoever asks. */
class MappedRoutes implements RequestMatcher {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    MappedRoutes(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            HandlerExecutionChain handler = mappings.getObject().getHandler(request);
            return handler != null;
        } catch (Exception mappedForAnotherMethod) {
            // e.g. HttpRequestMethodNotSupportedException: the path exists.
            return true;
        }
    }
}
