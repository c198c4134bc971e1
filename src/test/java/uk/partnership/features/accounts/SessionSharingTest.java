package uk.partnership.features.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.partnership.PartnershipApplication;
import uk.partnership.support.DemoContent;
import uk.partnership.support.WebVisitor;

/**
 * Two instances of the site on one database, as behind a load balancer: a person signed in on one is
 * recognised by the other, because sessions live in PostgreSQL (Spring Session JDBC).
 */
class SessionSharingTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signedInOnOneInstanceIsRecognisedOnAnother() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            DemoContent.load(first.getBean(DataSource.class));

            HttpResponse<String> signInPage = send(first, HttpRequest.newBuilder(uri(first, "/login")).GET());
            String csrf = Jsoup.parse(signInPage.body()).select("input[name=_csrf]").val();
            String anonymousSession = WebVisitor.cookie(signInPage);

            HttpResponse<String> signedIn = send(first, HttpRequest.newBuilder(uri(first, "/login"))
                    .header("Cookie", anonymousSession)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(WebVisitor.form("email", AccountsJourneyTest.COORDINATOR,
                            "password", AccountsJourneyTest.COORDINATOR_PASSWORD, "_csrf", csrf))));

            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/admin"));
            String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie).startsWith("SESSION=").contains("HttpOnly", "Secure", "SameSite=Lax");
            String session = WebVisitor.cookie(signedIn);
            assertThat(session).as("a new session id after signing in (no session fixation)")
                    .isNotEqualTo(anonymousSession);

            HttpResponse<String> onSecond = send(second, HttpRequest.newBuilder(uri(second, "/admin"))
                    .header("Cookie", session).GET());
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(onSecond.body()).select("h1").text()).isEqualTo("Coordinator dashboard");

            HttpResponse<String> withoutSession = send(second, HttpRequest.newBuilder(uri(second, "/admin")).GET());
            assertThat(withoutSession.statusCode()).isEqualTo(302);
        }
    }

    private static ConfigurableApplicationContext start() {
        // As in production: secure cookies (the tests' own properties turn them off for plain-http browsers).
        return new SpringApplicationBuilder(PartnershipApplication.class)
                .run("--server.port=0", "--server.servlet.session.cookie.secure=true");
    }

    private HttpResponse<String> send(ConfigurableApplicationContext app, HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }
}
