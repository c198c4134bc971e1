package uk.partnership.features.events;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.stereotype.Component;

/** Binds a {@link LowerCaseChoice} from the text its form posts; blank is no choice, anything else is refused. */
@Component
class LowerCaseChoices implements ConverterFactory<String, LowerCaseChoice> {

    @Override
    public <T extends LowerCaseChoice> Converter<String, T> getConverter(Class<T> type) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            for (T choice : type.getEnumConstants()) {
                if (choice.posted().equals(text.strip())) {
                    return choice;
                }
            }
            throw new IllegalArgumentException("not a choice of " + type.getSimpleName());
        };
    }
}
