package uk.partnership.support;

import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * What every Spring test context has, registered here (through {@code META-INF/spring.factories}) rather than
 * imported by each test class: the {@link TestClock} as the application's clock, the {@link StatementCounter}, and
 * {@link RememberedPasswordChecks}.
 * A test class that imported a configuration of its own got a context of its own; sharing these keeps the number of
 * contexts the suite starts small.
 */
public final class SharedTestBeans implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            if (!(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)) {
                return;
            }
            var clock = new RootBeanDefinition(TestClock.class);
            clock.setPrimary(true);
            registry.registerBeanDefinition("testClock", clock);
            registry.registerBeanDefinition("statementCounter", new RootBeanDefinition(StatementCounter.class));
            var passwordChecks = new RootBeanDefinition(RememberedPasswordChecks.class);
            passwordChecks.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
            registry.registerBeanDefinition("rememberedPasswordChecks", passwordChecks);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
