package uk.partnership.base.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * Every controller binds its parameters and forms with {@link FormDataBinder}: one place for bad input. A form field
 * of type {@link LocalDate} or {@link LocalTime} is read and shown as {@link FormDates} reads and shows a date or
 * time box's text: strictly (31/02/2027 is refused, not turned into 28 February), and shown back as the value a
 * picker accepts (2027-03-27), so a date the page shows again after an error stays in its box.
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfig {

    @Bean
    WebMvcConfigurer formDatesAndTimes() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
                    @Override
                    public LocalDate parse(String text, Locale locale) throws ParseException {
                        LocalDate day = FormDates.day(text);
                        if (day == null) {
                            throw new ParseException("not a date in the sensible window: " + text, 0);
                        }
                        return day;
                    }

                    @Override
                    public String print(LocalDate day, Locale locale) {
                        return FormDates.value(day);
                    }
                });
                registry.addFormatterForFieldType(LocalTime.class, new Formatter<LocalTime>() {
                    @Override
                    public LocalTime parse(String text, Locale locale) throws ParseException {
                        LocalTime time = FormDates.time(text);
                        if (time == null) {
                            throw new ParseException("not a time: " + text, 0);
                        }
                        return time;
                    }

                    @Override
                    public String print(LocalTime time, Locale locale) {
                        return FormDates.value(time);
                    }
                });
            }
        };
    }

    @Bean
    WebMvcRegistrations formDataBinding() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new RequestMappingHandlerAdapter() {
                    @Override
                    protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
                        return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
                            @Override
                            protected ServletRequestDataBinder createBinderInstance(@Nullable Object target,
                                    String objectName, NativeWebRequest request) {
                                return new FormDataBinder(target, objectName);
                            }

                            @Override
                            public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
                                super.initBinder(binder, request);
                                if (binder instanceof FormDataBinder form) {
                                    form.refuseControlCharacters();
                                }
                            }
                        };
                    }
                };
            }
        };
    }
}
