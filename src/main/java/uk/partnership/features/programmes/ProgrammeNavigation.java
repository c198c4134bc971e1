package uk.partnership.features.programmes;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.partnership.base.web.DatabaseUnavailable;
import uk.partnership.base.web.cache.KeptReads;

/**
 * The published pages placed in the header's main navigation, for the layout (bean name
 * {@code programmeNavigation}, so error pages show them too). Read once per content change ({@link KeptReads}), so a
 * public page runs no statement of its own for them; while the database is out of reach, the last list read.
 */
@Component("programmeNavigation")
public class ProgrammeNavigation {

    private static final Logger log = LoggerFactory.getLogger(ProgrammeNavigation.class);

    private final Supplier<List<NavItem>> current;
    private final DatabaseUnavailable databaseUnavailable;
    private volatile @Nullable List<NavItem> lastRead;

    ProgrammeNavigation(Programmes programmes, DatabaseUnavailable databaseUnavailable, KeptReads kept) {
        this.current = kept.keep(() -> programmes.published(Placement.NAV).stream()
                .map(page -> new NavItem(page.title(), page.path())).toList());
        this.databaseUnavailable = databaseUnavailable;
    }

    public List<NavItem> items() {
        if (databaseUnavailable.wasJustSeenDown()) {
            return lastReadOrNone();
        }
        try {
            List<NavItem> read = current.get();
            lastRead = read;
            return read;
        } catch (RuntimeException e) {
            if (!databaseUnavailable.explains(e)) {
                throw e;
            }
            log.warn("Navigation pages unavailable: {}", e.getMessage());
            return lastReadOrNone();
        }
    }

    private List<NavItem> lastReadOrNone() {
        List<NavItem> last = lastRead;
        return last != null ? last : List.of();
    }
}
