package uk.partnership.base.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is shown by one template in the site's layout, with wording chosen by status: never a
 * stack trace, an exception name or SQL. A failure caused by the database being out of reach is a 503 with
 * {@code Retry-After}, not a 500: the page and its layout render without the database.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final ObjectProvider<ErrorAttributes> errors;
    private final DatabaseUnavailable databaseUnavailable;

    /** The error attributes exist only in a web application (not in the one-off command-line run). */
    ErrorPages(ObjectProvider<ErrorAttributes> errors, DatabaseUnavailable databaseUnavailable) {
        this.errors = errors;
        this.databaseUnavailable = databaseUnavailable;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        ErrorAttributes attributes = errors.getIfAvailable();
        Throwable failure = attributes == null ? null : attributes.getError(new ServletWebRequest(request));
        if (status.is5xxServerError() && databaseUnavailable.explains(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;   // failed in the error dispatch itself, after DatabaseOutageFilter
        }
        boolean busy = status == HttpStatus.SERVICE_UNAVAILABLE
                && (request.getAttribute(DatabaseOutageFilter.BUSY) != null || DatabaseUnavailable.isBusy(failure));
        if (status == HttpStatus.SERVICE_UNAVAILABLE
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            HttpServletResponse response = current.getResponse();
            if (response != null && !response.containsHeader(HttpHeaders.RETRY_AFTER)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, busy ? DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS
                        : DatabaseUnavailable.RETRY_AFTER_SECONDS);
            }
        }
        String key = busy ? "busy" : ErrorWording.keyFor(status.value());
        var view = new ModelAndView("error/page", status);
        view.addObject("errorKey", key);
        view.addObject("status", status.value());
        return view;
    }
}
