package uk.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.partnership.support.Eventually;
import uk.partnership.support.TestDatabase;

/**
 * Prepares the packaged jar and starts it as production does (ADR 0033, README "Deployment"): {@code
 * src/deploy/prepare}, then {@code java @src/deploy/jvm.options -XX:AOTCache=... -jar}, so with the bean definitions Spring worked out when the jar was built ({@code -Dspring.aot.enabled=true}). It proves that application
 * starts and serves pages, and that what production chooses at run time is still chosen at run time: the page cache,
 * on by default, and off with {@code --site.page-cache.enabled=false}. It needs the jar, so it runs in {@code verify}
 * after {@code package} (tag {@value #TAG}, Failsafe in pom.xml), beside the browser tests.
 */
@Tag(PackagedApplicationTest.TAG)
class PackagedApplicationTest {

    /** The JUnit tag of tests that start the packaged jar, which pom.xml names. */
    static final String TAG = "packaged";

    private static final Duration START_TIME_LIMIT = Duration.ofSeconds(120);

    /**
     * The README's deployment prepares the jar (src/deploy/prepare) on an empty database, a new partnership's with no
     * school or event yet, and starts it from the cache that made. An empty database once ended the script with an
     * error, no cache and the training run left running. The jar is then started from that cache as production does,
     * twice: with the page cache (on by default) and without it. {@code -XX:AOTMode=on} makes the JVM refuse to start
     * if it cannot use the cache, so a cache the JVM would silently ignore fails here.
     */
    @Test
    void preparedOnAnEmptyDatabaseItStartsFromItsCacheAndThePageCacheIsStillSwitchedAtRunTime(@TempDir Path work)
            throws Exception {
        String schema = "packaged_" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Path prepared = work.resolve("app");
        Path log = work.resolve("prepare.log");
        String java = ProcessHandle.current().info().command().orElseThrow();
        var builder = new ProcessBuilder("bash", "src/deploy/prepare", Started.jar().toString(), prepared.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Started.useDatabase(builder, schema);
        builder.environment().put("JAVA_HOME", Path.of(java).getParent().getParent().toString());
        Process prepare = builder.start();
        try {
            assertThat(prepare.waitFor(START_TIME_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("prepare finished").isTrue();
        } finally {
            prepare.descendants().forEach(ProcessHandle::destroyForcibly);
            prepare.destroyForcibly();
        }
        assertThat(prepare.exitValue()).as("prepare's exit code: %s", Files.readString(log)).isZero();
        assertThat(prepared.resolve("app.aot")).isNotEmptyFile();
        assertThat(Files.readString(log)).contains("AOT cache in");

        List<String> fromTheCache = List.of("-XX:AOTCache=" + prepared.resolve("app.aot"), "-XX:AOTMode=on", "-jar",
                prepared.resolve("app.jar").toString());
        try (var app = Started.jar(schema, work.resolve("cache-on.log"), fromTheCache)) {
            assertThat(Files.readString(app.log())).contains("Starting AOT-processed PartnershipApplication");
            HttpResponse<byte[]> events = app.get("/events");
            assertThat(events.statusCode()).isEqualTo(200);
            // A page answered through the cache carries the validator of its kept copy; the page itself sets none.
            assertThat(events.headers().firstValue("ETag")).isPresent();
            // Issue 18: a kept-alive connection serves as many requests as nginx's (1,000), not Tomcat's default 100.
            assertThat(requestsAnsweredOnOneConnection(app.port(), "/robots.txt", 300)).isEqualTo(300);
        }
        try (var app = Started.jar(schema, work.resolve("cache-off.log"), fromTheCache,
                "--site.page-cache.enabled=false")) {
            assertThat(Files.readString(app.log())).contains("Starting AOT-processed PartnershipApplication");
            HttpResponse<byte[]> events = app.get("/events");
            assertThat(events.statusCode()).isEqualTo(200);
            assertThat(events.headers().firstValue("ETag")).isEmpty();
        }
    }

    /**
     * Sends {@code count} requests one after another on one connection, as a browser or a load balancer keeps it
     * open, and counts the answers before the server closes it.
     */
    private static int requestsAnsweredOnOneConnection(int port, String path, int count) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            var out = socket.getOutputStream();
            var in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            for (int answered = 0; answered < count; answered++) {
                out.write(request);
                out.flush();
                long length = -1;
                boolean closing = false;
                for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                    String header = line.toLowerCase(Locale.ROOT);
                    if (header.startsWith("content-length:")) {
                        length = Long.parseLong(header.substring(15).strip());
                    }
                    closing |= header.equals("connection: close");
                }
                if (length < 0) {
                    return answered;
                }
                in.skipNBytes(length);
                if (closing) {
                    return answered + 1;
                }
            }
            return count;
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        var line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                return line.toString().stripTrailing();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    /** The jar running in a process of its own, stopped when closed. */
    private record Started(Process process, int port, Path log, HttpClient http) implements AutoCloseable {

        /** Starts {@code java @src/deploy/jvm.options}, then {@code jvm} (which names the jar), then the arguments. */
        static Started jar(String schema, Path log, List<String> jvm, String... arguments) throws Exception {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "@src/deploy/jvm.options"));
            command.addAll(jvm);
            command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
            command.addAll(List.of(arguments));
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            useDatabase(builder, schema);
            builder.environment().put("SITE_BASE_URL", "http://127.0.0.1:" + port);
            var started = new Started(builder.start(), port, log,
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
            started.awaitReady();
            return started;
        }

        /** The test database, in a schema of its own that Flyway creates. */
        static void useDatabase(ProcessBuilder builder, String schema) {
            builder.environment().put("SPRING_DATASOURCE_URL", TestDatabase.url() + "?currentSchema=" + schema);
            builder.environment().put("SPRING_DATASOURCE_USERNAME", TestDatabase.username());
            builder.environment().put("SPRING_DATASOURCE_PASSWORD", TestDatabase.password());
            builder.environment().put("SPRING_FLYWAY_SCHEMAS", schema);
        }

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private void awaitReady() throws Exception {
            boolean ready = Eventually.holds(START_TIME_LIMIT, () -> {
                assertThat(process.isAlive()).as("the jar stopped: %s", Files.readString(log)).isTrue();
                try {
                    return get("/actuator/health/readiness").statusCode() == 200;
                } catch (IOException notYet) {
                    return false; // not listening yet
                }
            });
            if (!ready) {
                throw new AssertionError("not ready within " + START_TIME_LIMIT + ": " + Files.readString(log));
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        static Path jar() throws IOException {
            try (Stream<Path> files = Files.list(Path.of("target"))) {
                return files.filter(file -> file.getFileName().toString().matches("partnership-site-.*\\.jar"))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no packaged jar in target/: "
                                + "this test runs in ./mvnw verify, after package"));
            }
        }

        private static int freePort() throws IOException {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
