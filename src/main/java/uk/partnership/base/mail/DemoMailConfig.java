package uk.partnership.base.mail;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** In the demo, mail goes to a catcher on localhost (application-demo.yml points spring.mail there). */
@Profile("demo")
@Configuration(proxyBeanMethods = false)
class DemoMailConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    DemoMailCatcher demoMailCatcher(MailProperties properties, Clock clock) {
        return new DemoMailCatcher(properties.demoCatcherPort(), clock);
    }
}
