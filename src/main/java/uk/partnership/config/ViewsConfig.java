package uk.partnership.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import uk.partnership.base.web.TemplateVariablesView;

/** Spring Boot's Thymeleaf view resolver, making the pages' views keep their variables to themselves (issue 18). */
@Configuration(proxyBeanMethods = false)
class ViewsConfig {

    @Bean
    static BeanPostProcessor templateVariablesView() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setViewClass(TemplateVariablesView.class);
                }
                return bean;
            }
        };
    }
}
