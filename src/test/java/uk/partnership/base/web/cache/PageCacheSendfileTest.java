package uk.partnership.base.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.partnership.support.DemoContent;
import uk.partnership.support.Gunzip;
import uk.partnership.support.PageCaching;

/**
 * Through the real server: a kept feed is sent by Tomcat from its file with sendfile (the threshold is lowered
 * so that the demo feed has one), byte for byte what was rendered, on a connection that goes on serving, and
 * conditional requests still get 304.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"site.page-cache.enabled=true", "site.page-cache.sendfile-from=1KB"})
class PageCacheSendfileTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final DataSource dataSource;
    private final PageCache cache;
    private final PageFiles files;
    private final int port;

    @Autowired
    PageCacheSendfileTest(DataSource dataSource, PageCache cache, PageFiles files, @LocalServerPort int port) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.files = files;
        this.port = port;
    }

    @BeforeEach
    void content() {
        DemoContent.load(dataSource);
        PageCaching.awaitQuiet(cache);
    }

    @Test
    void aKeptFeedIsSentFromItsFileExactlyAsRendered() throws Exception {
        HttpResponse<byte[]> plain = get("/events/feed.ics", "identity");
        HttpResponse<byte[]> rendered = get("/events/feed.ics", "gzip");
        HttpResponse<byte[]> kept = get("/events/feed.ics", "gzip");
        HttpResponse<byte[]> keptAgain = get("/events/feed.ics", "gzip");

        assertThat(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
        for (HttpResponse<byte[]> response : List.of(rendered, kept, keptAgain)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/calendar"));
            assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
            assertThat(Gunzip.bytes(response.body())).isEqualTo(plain.body());
        }
        assertThat(kept.body()).isEqualTo(rendered.body());
        assertThat(filesInCache()).as("the kept feed and its gzip copy on disk")
                .anySatisfy(file -> assertThat(Files.readAllBytes(file)).isEqualTo(kept.body()))
                .anySatisfy(file -> assertThat(Files.readAllBytes(file)).isEqualTo(plain.body()));

        HttpResponse<byte[]> unchanged = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/events/feed.ics")).header("Accept-Encoding", "gzip")
                .header("If-None-Match", kept.headers().firstValue("ETag").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<Path> filesInCache() throws IOException {
        try (Stream<Path> listed = Files.list(files.directory())) {
            return new ArrayList<>(listed.toList());
        }
    }
}
