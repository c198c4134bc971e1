package uk.partnership.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A visitor of a running instance over real HTTP, as a browser without JavaScript: it keeps its session cookie,
 * signs in through the sign-in page and submits forms as the page shows them, with the fields it changes.
 * For tests that run several instances of the site.
 */
public final class WebVisitor {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private String session;

    private WebVisitor(URI base) {
        this.base = base;
    }

    /** A visitor with no cookie, of the instance {@code app}. */
    public static WebVisitor of(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new WebVisitor(URI.create("http://localhost:" + port));
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    /** The session cookie ("SESSION=…") this visitor sends, if it has one. */
    public String session() {
        return session;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (session != null) {
            request.header("Cookie", session);
        }
        HttpResponse<String> response = HTTP.send(request.header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("Set-Cookie").ifPresent(value -> session = cookie(response));
        return response;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Signs in through /login; fails the test unless the site lets the person in. */
    public WebVisitor signIn(String email, String password) throws Exception {
        HttpResponse<String> signedIn = submit("/login", "/login", Map.of("email", email, "password", password));
        assertThat(signedIn.statusCode()).as("signing in as %s", email).isEqualTo(302);
        return this;
    }

    /**
     * Opens {@code page}, fills in its form whose action ends with {@code action} as it stands, changes the
     * fields in {@code changes}, and posts it.
     */
    public HttpResponse<String> submit(String page, String action, Map<String, String> changes) throws Exception {
        HttpResponse<String> shown = get(page);
        assertThat(shown.statusCode()).as(page).isEqualTo(200);
        Document document = Jsoup.parse(shown.body(), uri(page).toString());
        FormElement form = document.select("form[method=post]").forms().stream()
                .filter(candidate -> candidate.attr("action").endsWith(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no form posting to " + action + " on " + page));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        form.formData().stream()
                .filter(field -> !changes.containsKey(field.key()))
                .forEach(field -> fields.add(Map.entry(field.key(), field.value())));
        fields.addAll(changes.entrySet());
        return send(HttpRequest.newBuilder(uri(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** A form body from name and value pairs. */
    public static String form(String... pairs) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(Map.entry(pairs[i], pairs[i + 1]));
        }
        return form(fields);
    }

    private static String form(List<Map.Entry<String, String>> fields) {
        var body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** The "name=value" part of a response's Set-Cookie. */
    public static String cookie(HttpResponse<?> response) {
        return response.headers().firstValue("Set-Cookie").map(value -> value.split(";", 2)[0]).orElseThrow();
    }
}
