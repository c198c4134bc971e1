package uk.partnership.base.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.jspecify.annotations.Nullable;

/**
 * A web address a page links to: an absolute http or https address with a host ({@code https://example.org/x}),
 * white space around it allowed. Empty is valid (add {@code @NotBlank} where one is required). The one rule for
 * every form's links; a form whose message must name its row (the settings' link lists) asks
 * {@link Validator#isWebAddress(String)} with its own message.
 */
@Documented
@Constraint(validatedBy = WebAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {

    String message() default "{form.webAddress}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WebAddress, CharSequence> {

        /** Whether {@code text}, stripped, is an http(s) address with a host; the scheme in any case. */
        public static boolean isWebAddress(String text) {
            try {
                URI uri = new URI(text.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                        && !uri.getHost().isBlank();
            } catch (URISyntaxException e) {
                return false;
            }
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.toString().isBlank() || isWebAddress(value.toString());
        }
    }
}
