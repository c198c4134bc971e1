package uk.partnership.config;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The site is written in British English whatever the browser asks for. */
@Configuration(proxyBeanMethods = false)
class LocaleConfig {

    static final Locale BRITISH_ENGLISH = Locale.UK;

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(BRITISH_ENGLISH);
    }
}
