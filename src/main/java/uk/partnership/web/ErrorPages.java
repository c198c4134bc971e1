package uk.partnership.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error is shown by one template in the site's layout, with wording chosen by status: never a
 * stack trace, an exception name or SQL.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    /** Statuses with wording of their own; any other falls back to the 4xx or 5xx wording. */
    static final Set<Integer> WORDED = Set.of(400, 403, 404, 405, 500);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String key = WORDED.contains(status.value()) ? String.valueOf(status.value())
                : status.is4xxClientError() ? "4xx" : "5xx";
        var view = new ModelAndView("error/page", status);
        view.addObject("errorKey", key);
        view.addObject("status", status.value());
        return view;
    }
}
