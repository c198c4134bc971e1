package uk.partnership.base.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad addresses and parameters get the 400 page in the layout, saying what was wrong, and a change that lost a race
 * the 409 page: never a 500.
 */
@ControllerAdvice
class BadRequestAdvice {

    @ExceptionHandler(BadRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView badRequest(BadRequestException problem, HttpServletRequest request) {
        return page(request, problem.messageKey(), problem.arguments());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView wrongType(MethodArgumentTypeMismatchException problem, HttpServletRequest request) {
        Class<?> type = problem.getRequiredType();
        if (type != null && type.isEnum() && problem.getValue() != null) {
            // A choice bound to an enum (a list's status filter): say that the value is not one of them.
            String value = String.valueOf(problem.getValue());
            return page(request, "error.400.choice", problem.getName(),
                    value.length() > 100 ? value.substring(0, 100) + "…" : value);
        }
        return page(request, "error.400.parameter", problem.getName());
    }

    /**
     * A query parameter bound to a record (the calendar's filters) that is not in the expected form, such as text
     * with a control character: the page names the parameter. Forms with a BindingResult never get here.
     */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView wrongParameter(BindException problem, HttpServletRequest request) {
        FieldError field = problem.getFieldError();
        return page(request, "error.400.parameter", field == null ? problem.getObjectName() : field.getField());
    }

    /**
     * An upload beyond Spring's multipart limit (25 MB; a picture over 10 MB and under it is refused by its field,
     * with the form kept): the body was never read, so no form can be shown again; the page says what to do.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException problem, HttpServletRequest request) {
        ModelAndView view = page(request, "images.tooLargeRequest");
        view.setStatus(HttpStatus.valueOf(413));
        return view;
    }

    /**
     * A change that lost a race: another request changed the same item between this one's reading it and its commit,
     * and the item's version refused the later write. A form's save says so by its fields ({@link FormPages}); anything
     * else (two clicks on "deactivate" in two tabs) gets the 409 page, which says nothing was saved.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile(OptimisticLockingFailureException late, HttpServletRequest request) {
        return page(request, HttpStatus.CONFLICT, null);
    }

    private static ModelAndView page(HttpServletRequest request, String detailKey, Object... arguments) {
        return page(request, HttpStatus.BAD_REQUEST, detailKey, arguments);
    }

    /** The model of an exception handler starts empty: the layout's partnership comes from its own fallback. */
    private static ModelAndView page(HttpServletRequest request, HttpStatus status, @Nullable String detailKey,
                                     Object... arguments) {
        var view = new ModelAndView("error/page");
        view.addObject("currentPath", request.getRequestURI());
        view.setStatus(status);
        view.addObject("errorKey", String.valueOf(status.value()));
        view.addObject("detailKey", detailKey);
        view.addObject("detailArguments", arguments);
        return view;
    }
}
