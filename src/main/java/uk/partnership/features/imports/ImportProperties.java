package uk.partnership.features.imports;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the calendar imports (issue 22, ADR 0030), with their defaults in application.yml.
 *
 * @param interval         how often each source is fetched
 * @param maxBytes         the most a feed may be; reading stops beyond it
 * @param timeout          the most one fetch may take, redirects included
 * @param maxRedirects     redirects followed (each one's address checked again)
 * @param past             how far back occurrences are read (older ones are left as they are)
 * @param ahead            how far ahead occurrences are read, repeating entries expanded
 * @param allowedTestHosts host names whose private or loopback addresses are allowed: for the tests' own feed server
 *                         only, empty (the default) everywhere else
 */
@ConfigurationProperties("site.imports")
record ImportProperties(Duration interval, long maxBytes, Duration timeout, int maxRedirects, Period past,
                        Period ahead, List<String> allowedTestHosts) {

    ImportProperties {
        allowedTestHosts = allowedTestHosts == null ? List.of() : List.copyOf(allowedTestHosts);
        if (maxBytes <= 0 || maxRedirects < 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("site.imports: max-bytes and timeout must be positive");
        }
    }
}
