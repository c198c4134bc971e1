package uk.partnership.base.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change that lost a race: another request changed the same item between this one's reading it and its commit, and
 * the item's version refused the later write. A form's save says so by its fields ({@link FormPages}); anything else
 * (two clicks on "deactivate" in two tabs) gets this 409 page, which says nothing was saved, rather than a 500.
 */
@ControllerAdvice
class ChangedMeanwhileAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView changedMeanwhile(OptimisticLockingFailureException late, HttpServletRequest request) {
        var view = new ModelAndView("error/page");
        view.setStatus(HttpStatus.CONFLICT);
        view.addObject("currentPath", request.getRequestURI());
        view.addObject("errorKey", "409");
        return view;
    }
}
