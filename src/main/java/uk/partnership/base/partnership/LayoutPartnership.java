package uk.partnership.base.partnership;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.partnership.base.web.DatabaseUnavailable;

/**
 * The partnership as the layout's header and footer show it, in every view ({@link PartnershipAdvice}) and, by the
 * bean name {@code layoutPartnership}, in views that have none (error pages). While the database is out of reach,
 * the last settings this instance read are shown (or none yet), so that the error page still renders (issue 15).
 * The settings are read once per content change, not on every request ({@link PartnershipService#current()}).
 */
@Component("layoutPartnership")
public class LayoutPartnership {

    private static final Logger log = LoggerFactory.getLogger(LayoutPartnership.class);

    private final PartnershipService partnerships;
    private final DatabaseUnavailable databaseUnavailable;
    private volatile @Nullable PartnershipView lastRead;

    LayoutPartnership(PartnershipService partnerships, DatabaseUnavailable databaseUnavailable) {
        this.partnerships = partnerships;
        this.databaseUnavailable = databaseUnavailable;
    }

    public PartnershipView partnership() {
        if (databaseUnavailable.wasJustSeenDown()) {
            return lastReadOrUnconfigured();
        }
        try {
            PartnershipView read = partnerships.current();
            lastRead = read;
            return read;
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
