package uk.partnership.base.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's error controller, but {@code /error} asked for directly (no error being shown) is a page that does not
 * exist: 404, where Boot's would answer 500 for want of a status; and only a client that asks for JSON gets Boot's JSON
 * body. One that accepts anything (curl, a link checker, no {@code Accept} at all) gets the page a browser gets, where
 * Boot's would answer it with JSON. Only in a web application (not in the one-off command-line run, which has no error
 * attributes).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SiteErrorController extends BasicErrorController {

    SiteErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, web.getError(), resolvers);
    }

    /** Boot's JSON body, for the clients that ask for JSON only (see {@link #errorPage}). */
    @Override
    @RequestMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        return super.error(request);
    }

    /**
     * The error page for every other client. Spring prefers the mapping whose media type equals the one accepted, so
     * {@code *}{@code /*} comes here, {@code text/html} to Boot's page and {@code application/json} to the JSON body.
     */
    @RequestMapping(produces = MediaType.ALL_VALUE)
    public ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response) {
        return errorHtml(request, response);
    }

    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }
}
