package uk.partnership.base.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.servlet.mvc.method.annotation.ExtendedServletRequestDataBinder;

/**
 * The one binder of every request parameter, path variable and form field (see {@link FormBindingConfig}):
 * <ul>
 * <li>every bound text is refused, as a wrong value of its field, when it holds a control character (NUL and the
 * rest of C0 but tab and line breaks, DEL, C1): no page sends them, and PostgreSQL refuses NUL;</li>
 * <li>binding is declarative: form records are built through their constructor only, so a name that is not a
 * component ({@code school.x}, {@code class.module}) reaches nothing;</li>
 * <li>a list row whose number is not 0 to {@link #MAX_ROW} ({@code aims[-1].title}, {@code aims[99999].title})
 * is a bad request, answered with the 400 page before anything is allocated;</li>
 * <li>a value that does not convert to its component's type ({@code categoryId=abc}, {@code version=x},
 * {@code audiences=PUPILS}) or text with a control character becomes a field error with the typed value kept
 * for the page; the record is still built (with the text as typed, other components left empty), so the form can
 * be shown again with the message by the field. Spring alone leaves no form at all, and the page fails.</li>
 * </ul>
 */
class FormDataBinder extends ExtendedServletRequestDataBinder {

    /** The highest list row a form may send: far more rows than any page shows. */
    static final int MAX_ROW = 199;

    private static final Pattern INDEX = Pattern.compile("\\[([^]]*)]");

    FormDataBinder(@Nullable Object target, String objectName) {
        super(target, objectName);
        setDeclarativeBinding(true);
    }

    /** Called once the binder is configured (an editor registered earlier would freeze its configuration). */
    void refuseControlCharacters() {
        registerCustomEditor(String.class, new PlainTextEditor());
    }

    @Override
    public void construct(ValueResolver values) {
        values.getNames().forEach(FormDataBinder::refuseImpossibleRow);
        List<Failure> failures = new ArrayList<>();
        super.construct(new TolerantValues(values, failures));
        for (Failure failure : failures) {
            failure.problem().initPropertyName(failure.name());
            getBindingResult().recordFieldValue(failure.name(), failure.type(), failure.value());
            getBindingErrorProcessor().processPropertyAccessException(failure.problem(), getBindingResult());
        }
    }

    private static void refuseImpossibleRow(String name) {
        Matcher index = INDEX.matcher(name);
        while (index.find()) {
            String row = index.group(1);
            if (!row.matches("\\d{1,3}") || Integer.parseInt(row) > MAX_ROW) {
                throw new BadRequestException("form.row.invalid",
                        name.length() > 100 ? name.substring(0, 100) + "…" : name, MAX_ROW);
            }
        }
    }

    /** Whether {@code text} holds a character no form sends: C0 controls but tab and line breaks, DEL and C1. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /** The text (or texts) with each control character replaced by U+FFFD, the mark for a character that is lost. */
    private static @Nullable Object marked(Object value) {
        if (value instanceof String text) {
            var marked = new StringBuilder(text.length());
            text.chars().forEach(c -> marked.append(hasControlCharacter(String.valueOf((char) c)) ? '\uFFFD' : (char) c));
            return marked.toString();
        }
        if (value instanceof String[] texts) {
            return java.util.Arrays.stream(texts).map(text -> (String) marked(text)).toArray(String[]::new);
        }
        return null;
    }

    /** Text as typed, unless it holds a control character: then a type mismatch, so the field gets a message. */
    static final class PlainTextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(@Nullable String text) {
            if (text != null && hasControlCharacter(text)) {
                throw new IllegalArgumentException("control character in text");
            }
            setValue(text);
        }
    }

    private record Failure(String name, Class<?> type, Object value, TypeMismatchException problem) {
    }

    /**
     * Gives the constructor only values that convert: one that does not is kept aside as a failure and given as
     * empty, so that the record is built and the failure is reported by its field afterwards.
     */
    private final class TolerantValues implements ValueResolver {

        private final ValueResolver values;
        private final List<Failure> failures;

        TolerantValues(ValueResolver values, List<Failure> failures) {
            this.values = values;
            this.failures = failures;
        }

        @Override
        public @Nullable Object resolveValue(String name, Class<?> type) {
            Object value = values.resolveValue(name, type);
            if (value == null) {
                return null;
            }
            try {
                MethodParameter component = component(name);
                if (component != null) {
                    convertIfNecessary(value, type, component);
                } else {
                    convertIfNecessary(value, type);
                }
                return value;
            } catch (TypeMismatchException problem) {
                failures.add(new Failure(name, type, value, problem));
                // Text is kept as typed, its control characters shown as � so the person sees where they were;
                // other values cannot be held by their component.
                return type == String.class ? marked(value) : null;
            }
        }

        @Override
        public Set<String> getNames() {
            return values.getNames();
        }

        /** The constructor parameter of the form named {@code name}, with its generic type (say, List of Long). */
        private @Nullable MethodParameter component(String name) {
            Class<?> form = getTargetType() == null ? null : getTargetType().resolve();
            if (form == null || BeanUtils.isSimpleProperty(form)) {
                return null;
            }
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(form);
            String[] names = BeanUtils.getParameterNames(constructor);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return MethodParameter.forFieldAwareConstructor(constructor, i, name);
                }
            }
            return null;
        }
    }
}
