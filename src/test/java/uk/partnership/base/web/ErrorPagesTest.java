package uk.partnership.base.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.server.ResponseStatusException;

import uk.partnership.base.schools.SchoolDirectory;
import uk.partnership.support.DemoContent;
import uk.partnership.support.Gunzip;

/**
 * Error pages through a real server, because only the servlet container's error dispatch shows them:
 * each in the site's layout, worded for people, without a stack trace, exception or SQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @MockitoBean
    SchoolDirectory schools;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void loadDemoPartnership() {
        DemoContent.load(dataSource);
    }

    @Test
    void unknownSchoolShowsTheNotFoundPageInTheLayout() throws Exception {
        var response = get("/schools/no-such-school");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<title>Page not found – OX14 Learning Partnership</title>")
                .contains("<h1>Page not found</h1>")
                .contains("Skip to main content")
                .contains("OX14 Learning Partnership");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theNotFoundPageIsCompressedForABrowserThatAcceptsGzip() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/no/such/page")).header("Accept-Encoding", "gzip").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(new String(Gunzip.bytes(response.body()), StandardCharsets.UTF_8))
                .contains("<h1>Page not found</h1>", "</html>");
    }

    @Test
    void addressNoPageAnswersShowsTheNotFoundPage() throws Exception {
        var response = get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>");
    }

    @Test
    void aClientThatAcceptsAnythingGetsThePageABrowserGetsAndOnlyAJsonClientGetsJson() throws Exception {
        for (String accept : new String[] {"*/*", "image/png", null}) {
            var builder = HttpRequest.newBuilder(uri("/schools/no-such-school")).GET();
            if (accept != null) {
                builder.header("Accept", accept);
            }
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(accept).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(accept).contains("<h1>Page not found</h1>");
        }

        var json = http.send(HttpRequest.newBuilder(uri("/schools/no-such-school")).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json.body()).contains("\"status\":404").doesNotContain("<html");
    }

    @Test
    void refusedRequestShowsTheForbiddenPage() throws Exception {
        var response = http.send(HttpRequest.newBuilder(uri("/schools")).header("Accept", "text/html").POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<h1>You do not have permission to see this page</h1>");
    }

    @Test
    void badRequestShowsTheBadRequestPage() throws Exception {
        given(schools.all()).willThrow(new ResponseStatusException(HttpStatus.BAD_REQUEST, "month=2026-13"));

        var response = get("/schools");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("<h1>Sorry, there is a problem with the request</h1>")
                .doesNotContain("month=2026-13");
    }

    @Test
    void failureShowsTheServicePageWithoutStackTraceOrSql() throws Exception {
        given(schools.all()).willThrow(new IllegalStateException("select * from school where secret"));

        var response = get("/schools");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("<h1>Sorry, there is a problem with the service</h1>")
                .contains("OX14 Learning Partnership")
                .doesNotContain("select * from", "IllegalStateException", "at uk.partnership", "Whitelabel");
    }

    /** As a browser asks: for HTML (a client that asks for JSON gets Spring's JSON error body, also without details). */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
