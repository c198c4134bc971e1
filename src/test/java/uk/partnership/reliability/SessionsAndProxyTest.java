package uk.partnership.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.partnership.support.DemoContent;
import uk.partnership.support.WebVisitor;

/**
 * Cookies and sessions as a visitor and a proxy meet them (issue 15): no public page, error page or 404 creates a
 * session; behind a TLS proxy the site sends HSTS and keeps its redirects on https; a forged Host header is never sent
 * back in a redirect. Raw HTTP over a socket, so that every header is the test's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsAndProxyTest {

    static final String COORDINATOR = "jessica.burns@ox14.example.org";
    static final String COORDINATOR_PASSWORD = "coordinator demo walnut";

    final int port;
    final DataSource dataSource;
    final JdbcClient jdbc;

    @Autowired
    SessionsAndProxyTest(@LocalServerPort int port, DataSource dataSource, JdbcClient jdbc) {
        this.port = port;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
    }

    @Test
    void unknownAddressesAndErrorPagesCreateNoSession() throws Exception {
        long before = sessions();
        List<String> paths = List.of("/no-such-page", "/events/no-such-event", "/schools/no-such-school",
                "/admin/no-such-page", "/error", "/events?month=not-a-month", "/news?page=-1", "/", "/events");
        for (int i = 0; i < 50; i++) {
            String path = paths.get(i % paths.size());
            Answer answer = send("GET " + path + " HTTP/1.1", Map.of());
            assertThat(answer.headers).as(path).doesNotContainKey("set-cookie");
        }
        assertThat(sessions()).as("session rows written").isEqualTo(before);
    }

    @Test
    void behindATlsProxyTheSiteSendsHstsAndKeepsItsRedirectsOnHttps() throws Exception {
        Answer page = send("GET / HTTP/1.1", Map.of("X-Forwarded-Proto", "https"));
        assertThat(page.status).isEqualTo(200);
        assertThat(page.headers).containsKey("strict-transport-security");

        Answer signInFirst = send("GET /admin HTTP/1.1", Map.of("X-Forwarded-Proto", "https"));
        assertThat(signInFirst.status).isEqualTo(302);
        assertThat(signInFirst.headers.get("location")).doesNotStartWith("http:");

        Answer plain = send("GET / HTTP/1.1", Map.of());
        assertThat(plain.headers).as("no HSTS over plain http").doesNotContainKey("strict-transport-security");
    }

    @Test
    void aForgedHostHeaderIsNeverSentBackInARedirect() throws Exception {
        Map<String, String> forged = Map.of("Host", "evil.example", "X-Forwarded-Proto", "https");

        Answer heading = send("GET /admin/events HTTP/1.1", forged);
        assertThat(heading.status).isEqualTo(302);
        assertThat(heading.headers.get("location")).doesNotContain("evil.example");
        String session = heading.headers.get("set-cookie").split(";", 2)[0];

        var withSession = new LinkedHashMap<>(forged);
        withSession.put("Cookie", session);
        Answer signInPage = send("GET /login HTTP/1.1", withSession);
        String csrf = Jsoup.parse(signInPage.body).select("input[name=_csrf]").val();
        withSession.put("Content-Type", "application/x-www-form-urlencoded");
        Answer signedIn = send("POST /login HTTP/1.1", withSession,
                WebVisitor.form("email", COORDINATOR, "password", COORDINATOR_PASSWORD, "_csrf", csrf));

        assertThat(signedIn.status).isEqualTo(302);
        assertThat(signedIn.headers.get("location")).as("back to the page the person was heading for")
                .startsWith("/admin/events").doesNotContain("evil.example");
    }

    /**
     * Addresses Tomcat refuses before the application sees them (an encoded NUL, slash or backslash) get a page of the
     * site's, with its stylesheet and its words, rather than Tomcat's own.
     */
    @Test
    void anAddressTheServerRefusesGetsTheSitesOwnErrorPage() throws Exception {
        for (String path : List.of("/events/%00", "/schools/..%2f..%2fetc", "/%5c")) {
            Answer answer = send("GET " + path + " HTTP/1.1", Map.of());

            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path)
                    .contains("<title>Sorry, there is a problem with the request</title>", "/css/site",
                            "The address or the information sent was not in the form this page expects.",
                            "<a href=\"/\">Go to the home page</a>")
                    .doesNotContain("HTTP Status", "Tomcat");
        }
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    record Answer(int status, Map<String, String> headers, String body) {
    }

    private Answer send(String requestLine, Map<String, String> headers) throws IOException {
        return send(requestLine, headers, null);
    }

    private Answer send(String requestLine, Map<String, String> headers, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            var request = new StringBuilder(requestLine).append("\r\n");
            if (!headers.containsKey("Host")) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            request.append("Content-Length: ").append(content.length).append("\r\n");
            request.append("Accept: text/html\r\nConnection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = response.split("\r\n\r\n", 2);
            String[] lines = parts[0].split("\r\n");
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                String[] header = lines[i].split(":", 2);
                answerHeaders.putIfAbsent(header[0].trim().toLowerCase(Locale.ROOT), header[1].trim());
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders, parts.length > 1 ? parts[1] : "");
        }
    }
}
