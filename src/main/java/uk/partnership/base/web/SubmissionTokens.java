package uk.partnership.base.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form that a signed-in person opens, and that posts (it carries the CSRF field), a one-time token in the
 * hidden field {@value #FIELD}, so that {@link SubmittedOnce} can tell a second post of the same form from a new one.
 * It decorates the processor that writes the CSRF field, so every form of every template gets it without a line in
 * the template.
 */
public final class SubmissionTokens implements RequestDataValueProcessor {

    /** The hidden field's name. */
    public static final String FIELD = "_submission";

    private static final String PROCESSOR_BEAN = "requestDataValueProcessor";

    private final RequestDataValueProcessor delegate;

    private SubmissionTokens(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    /** Decorates the application's request data value processor (Spring Security's, which writes the CSRF field). */
    public static BeanPostProcessor decorating() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return PROCESSOR_BEAN.equals(name) && bean instanceof RequestDataValueProcessor processor
                        && !(bean instanceof SubmissionTokens) ? new SubmissionTokens(processor) : bean;
            }
        };
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = delegate.getExtraHiddenFields(request);
        if (fields == null || fields.isEmpty() || !signedIn()) {
            return fields;   // a form that does not post, or a visitor's
        }
        var withToken = new LinkedHashMap<>(fields);
        withToken.put(FIELD, UUID.randomUUID().toString());
        return withToken;
    }

    static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
