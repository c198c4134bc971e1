package uk.partnership.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the partnership into every view, for the layout's header and footer. */
@ControllerAdvice
class PartnershipAdvice {

    private static final Logger log = LoggerFactory.getLogger(PartnershipAdvice.class);

    private final PartnershipService partnerships;

    PartnershipAdvice(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @ModelAttribute("partnership")
    PartnershipView partnership() {
        try {
            return partnerships.current();
        } catch (DataAccessException e) {
            // The error page must still render when the database is the problem.
            log.warn("Partnership settings unavailable: {}", e.getMessage());
            return PartnershipView.unconfigured();
        }
    }
}
