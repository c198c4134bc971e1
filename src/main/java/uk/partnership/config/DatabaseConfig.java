package uk.partnership.config;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

import uk.partnership.base.web.DatabaseOutageFilter;
import uk.partnership.base.web.DatabaseUnavailable;
import uk.partnership.base.web.FailFastDataSource;
import uk.partnership.base.web.SessionsAside;

/** While the database is away, the site fails fast and says so (503) rather than hanging (issue 15). */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    /** The cookie Spring Session keeps the session id in. */
    static final String SESSION_COOKIE = "SESSION";

    @Bean
    static BeanPostProcessor failFastDataSource(ObjectProvider<DatabaseUnavailable> outage) {
        return FailFastDataSource.wrapping(outage);
    }

    @Bean
    static BeanPostProcessor sessionsAside() {
        return SessionsAside.decorating();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseUnavailable outage) {
        var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(outage, SESSION_COOKIE));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }
}
