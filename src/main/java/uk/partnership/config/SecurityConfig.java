package uk.partnership.config;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.features.accounts.Role;

/**
 * Deny by default: every route is opened here by name, for everyone or for a role; everything else is refused.
 * Signing in is done by the accounts feature's controller (so its page can follow the GOV.UK error pattern).
 * Visitors who do not sign in never receive a cookie, and every page carries a strict Content-Security-Policy; only
 * the embeddable calendar may be framed, and only by the schools' websites ({@link FramingHeaders}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    /** The policy of every page, but for frame-ancestors, which {@link FramingHeaders} adds. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Pages and files anyone may read. */
    static final String[] PUBLIC_PAGES = {
            "/", "/about", "/contact", "/accessibility", "/privacy", "/term-dates", "/term-dates.ics",
            "/schools", "/schools/*",
            "/events", "/events/*", "/events.json", "/embed/events",
            "/news", "/news/*", "/search",
            "/programmes", "/programmes/*", "/programmes/*/feed.ics",
            "/robots.txt", "/sitemap.xml",
            "/css/**", "/js/**", "/images/**", "/documents/*/*", "/fonts/**", "/error", "/actuator/health", "/actuator/health/*",
            "/demo/mail", "/demo/mail/*"
    };

    /** Pages for people who are signing in or setting a password, before they have a session. */
    static final String[] ACCOUNT_ENTRY_PAGES = {
            "/login", "/password/forgot", "/password/forgot/sent", "/password/reset/*",
            "/invitations/*"
    };

    /**
     * No observation of each security filter, authentication and authorisation: the site exports no metrics or
     * traces (its actuator shows health only), and the observing wrapped each of a request's fifteen filters, about
     * 5 % of an uncached page (issue 18). {@code management.observations.enable.all=false} turns off the rest.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            ObjectProvider<SchoolDirectory> schools)
            throws Exception {
        var routes = new MappedRoutes(mappings);
        // The page a visitor was heading for is kept in a session only for a real page, so an unknown address
        // creates no session and sets no cookie.
        var headingFor = new HttpSessionRequestCache();
        headingFor.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()) && routes.matches(request));
        http
                .authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES).permitAll()
                        .requestMatchers(ACCOUNT_ENTRY_PAGES).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.COORDINATOR.name())
                        .requestMatchers("/proposals", "/proposals/**").hasRole(Role.REPRESENTATIVE.name())
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().denyAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut"))
                .requestCache(cache -> cache.requestCache(headingFor))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new UnknownRouteEntryPoint(routes, "/login")))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new FramingHeaders(CONTENT_SECURITY_POLICY, schools))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }
}
