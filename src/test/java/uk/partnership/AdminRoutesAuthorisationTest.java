package uk.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.partnership.support.DemoContent;

/**
 * Deny by default, for every coordinator's route there is, including those added later: a school representative
 * gets 403 and a visitor is sent to sign in, whatever the method, before any handler runs. The routes are read from
 * the application's own mappings, so a new admin page joins this check by existing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminRoutesAuthorisationTest {

    private final MockMvc mvc;
    private final RequestMappingHandlerMapping mappings;
    private final DataSource dataSource;
    private final UserDetailsService accounts;

    @Autowired
    AdminRoutesAuthorisationTest(MockMvc mvc,
                                 @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                                 DataSource dataSource,
                                 UserDetailsService accounts) {
        this.mvc = mvc;
        this.mappings = mappings;
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    @Test
    void everyAdminRouteRefusesARepresentativeAndSendsAVisitorToSignIn() throws Exception {
        DemoContent.load(dataSource);
        var representative = accounts.loadUserByUsername("radley-college@ox14.example.org");
        List<String> tried = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (var mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                if (!pattern.startsWith("/admin")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    HttpMethod http = HttpMethod.valueOf(method.name());
                    tried.add(method + " " + path);
                    int asRepresentative = mvc.perform(request(http, path).with(csrf()).with(user(representative)))
                            .andReturn().getResponse().getStatus();
                    var asVisitor = mvc.perform(request(http, path).with(csrf())).andReturn().getResponse();
                    boolean toSignIn = asVisitor.getStatus() / 100 == 3
                            && String.valueOf(asVisitor.getRedirectedUrl()).endsWith("/login");
                    if (asRepresentative != 403 || !toSignIn) {
                        open.add(method + " " + path + ": representative " + asRepresentative + ", visitor "
                                + asVisitor.getStatus() + " " + asVisitor.getRedirectedUrl());
                    }
                }
            }
        }
        assertThat(tried).as("admin routes found").hasSizeGreaterThan(40);
        assertThat(open).as("admin routes not refused").isEmpty();
    }
}
