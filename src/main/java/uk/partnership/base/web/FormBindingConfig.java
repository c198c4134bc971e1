package uk.partnership.base.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/** Every controller binds its parameters and forms with {@link FormDataBinder}: one place for bad input. */
@Configuration(proxyBeanMethods = false)
class FormBindingConfig {

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
