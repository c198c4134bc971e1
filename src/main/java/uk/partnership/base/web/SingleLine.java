package uk.partnership.base.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text typed in a one-line box: a line break (which only a crafted request can put there) is refused with a
 * message by the field. Control characters are refused for every field by {@link FormDataBinder}.
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "{form.singleLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Valid when empty or free of line breaks (CR, LF, and the Unicode line and paragraph separators). */
    class Validator implements ConstraintValidator<SingleLine, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            return value.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029');
        }
    }
}
