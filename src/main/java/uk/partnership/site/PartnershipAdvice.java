package uk.partnership.site;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.partnership.web.DatabaseUnavailable;

/**
 * Puts the partnership into every view, for the layout's header and footer. The layout also asks for it by the
 * bean name {@code layoutPartnership} when a view has none (error pages). While the database is out of reach, the
 * last settings this instance read are shown (or none yet), so that the error page still renders.
 */
@ControllerAdvice(name = "layoutPartnership")
public class PartnershipAdvice {

    private static final Logger log = LoggerFactory.getLogger(PartnershipAdvice.class);

    private final PartnershipService partnerships;
    private final DatabaseUnavailable databaseUnavailable;
    private volatile @Nullable PartnershipView lastRead;

    PartnershipAdvice(PartnershipService partnerships, DatabaseUnavailable databaseUnavailable) {
        this.partnerships = partnerships;
        this.databaseUnavailable = databaseUnavailable;
    }

    @ModelAttribute("partnership")
    public PartnershipView partnership() {
        if (databaseUnavailable.wasJustSeenDown()) {
            return lastReadOrUnconfigured();
        }
        try {
            PartnershipView current = partnerships.current();
            lastRead = current;
            return current;
        } catch (RuntimeException e) {
            if (!databaseUnavailable.explains(e)) {
                throw e;
            }
            log.warn("Partnership settings unavailable: {}", e.getMessage());
            return lastReadOrUnconfigured();
        }
    }

    private PartnershipView lastReadOrUnconfigured() {
        PartnershipView last = lastRead;
        return last != null ? last : PartnershipView.unconfigured();
    }
}
