package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WebAddressTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Link(@WebAddress @Nullable String url) {
    }

    record Booking(@WebAddress(message = "{admin.events.url.invalid}") String url) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void httpAndHttpsAddressesWithAHostAreValid() {
        assertThat(problems("https://www.example.org/booking?id=3")).isEmpty();
        assertThat(problems("http://example.org")).isEmpty();
        assertThat(problems("HTTPS://Example.org/")).isEmpty();
        assertThat(problems("  https://example.org/  ")).as("white space around is tidied away later").isEmpty();
    }

    @Test
    void emptyIsValidSoThatOptionalLinksMayBeLeftOut() {
        assertThat(problems(null)).isEmpty();
        assertThat(problems("")).isEmpty();
        assertThat(problems("   ")).isEmpty();
    }

    @Test
    void otherSchemesRelativeAddressesAndNonsenseAreRefused() {
        assertThat(problems("javascript:alert(1)")).hasSize(1);
        assertThat(problems("mailto:office@example.org")).hasSize(1);
        assertThat(problems("ftp://example.org/file")).hasSize(1);
        assertThat(problems("www.example.org")).hasSize(1);
        assertThat(problems("/events")).hasSize(1);
        assertThat(problems("https://")).hasSize(1);
        assertThat(problems("https://exa mple.org")).hasSize(1);
        assertThat(problems("https:///path-only")).hasSize(1);
    }

    @Test
    void theMessageIsTheSitesOneUnlessAFormNamesItsOwn() throws IOException {
        assertThat(problems("www.example.org").iterator().next().getMessageTemplate()).isEqualTo("{form.webAddress}");
        assertThat(VALIDATOR.validate(new Booking("nope")).iterator().next().getMessageTemplate())
                .isEqualTo("{admin.events.url.invalid}");
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        assertThat(messages.getProperty("form.webAddress")).startsWith("Enter a full web address");
    }

    private static Set<ConstraintViolation<Link>> problems(@Nullable String url) {
        return VALIDATOR.validate(new Link(url));
    }
}
