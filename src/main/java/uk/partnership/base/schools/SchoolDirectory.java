package uk.partnership.base.schools;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.partnership.base.web.WebAddress;
import uk.partnership.base.web.cache.KeptReads;

/** The member schools, for any page that lists or tags them. */
@Service
@Transactional(readOnly = true)
public class SchoolDirectory {

    private final SchoolRepository schools;
    private final JdbcClient jdbc;
    private final Supplier<List<SchoolView>> all;

    SchoolDirectory(SchoolRepository schools, JdbcClient jdbc, KeptReads kept) {
        this.schools = schools;
        this.jdbc = jdbc;
        this.all = kept.keep(() -> schools.findAllByOrderByPositionAscNameAsc().stream().map(School::toView).toList());
    }

    /** Every school in the coordinator's order; read once per content change ({@link KeptReads}). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SchoolView> all() {
        return all.get();
    }

    public Optional<SchoolView> byId(long id) {
        return schools.findById(id).map(School::toView);
    }

    /**
     * The school at {@code slug}, for the public pages that name one (its page, a calendar or news filtered to it):
     * found among {@link #all()}, kept per content change, rather than read on each request (issue 18).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<SchoolView> bySlug(String slug) {
        return all().stream().filter(school -> school.slug().equals(slug)).findFirst();
    }

    /** The current slug of a school that was once at {@code oldSlug}, for the redirect from its old address. */
    public Optional<String> renamedTo(String oldSlug) {
        return jdbc.sql("""
                        select s.slug from school_slug_history h join school s on s.id = h.school_id
                        where h.slug = :slug""")
                .param("slug", oldSlug).query(String.class).optional();
    }

    /**
     * The origins (scheme, host and port, as a browser writes them in {@code Origin}) of the schools' websites, in
     * order: the only sites that may frame the calendar and read its JSON from a script. Websites that are not an
     * http(s) address are left out. From the kept schools ({@link #all()}): asked on every framed calendar, it read
     * the table in a transaction of its own before (issue 18).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Set<String> websiteOrigins() {
        Set<String> origins = new TreeSet<>();
        all().stream().map(SchoolView::website).filter(Objects::nonNull)
                .forEach(website -> origin(website).ifPresent(origins::add));
        return origins;
    }

    /** "https://www.radley.org.uk" for "https://www.radley.org.uk/about/"; the port only when not the default. */
    static Optional<String> origin(String website) {
        if (!WebAddress.Validator.isWebAddress(website)) {
            return Optional.empty();
        }
        URI uri = URI.create(website.strip());
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443)
                || (scheme.equals("http") && port == 80);
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }
}
