package uk.partnership.features.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The tests' own feed server on the loopback address: serves the fixture feeds (changed ones swapped in by
 * {@link #serve}), with ETag and 304s, and the bad cases: too large, too slow, a redirect to 127.0.0.1, not
 * iCalendar.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> feeds = new ConcurrentHashMap<>();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    /** An address on this server by the name "localhost", which the tests' settings allow. */
    public String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code fixture} (a file of src/test/resources/imports) at {@code path}. */
    public FeedServer serve(String path, String fixture) {
        feeds.put(path, Fixtures.feed(fixture));
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            switch (path) {
                case "/oversized.ics" -> {
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write("BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));
                        byte[] line = ("X-FILLER:" + "x".repeat(1000) + "\r\n").getBytes(StandardCharsets.UTF_8);
                        for (int i = 0; i < 7000; i++) {
                            out.write(line);
                        }
                    } catch (IOException stoppedReading) {
                        // The client stopped reading beyond its limit: what the test wants.
                    }
                }
                case "/slow.ics" -> {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    send(exchange, 200, Fixtures.feed("floating.ics"));
                }
                case "/to-loopback.ics" -> {
                    exchange.getResponseHeaders().set("Location", "http://127.0.0.1:" + port() + "/google.ics");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/hop.ics" -> {
                    exchange.getResponseHeaders().set("Location", "/google.ics");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/loop.ics" -> {
                    exchange.getResponseHeaders().set("Location", "/loop.ics");
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/page.html" -> send(exchange, 200,
                        "<!DOCTYPE html><html><body>Our calendar</body></html>".getBytes(StandardCharsets.UTF_8));
                default -> {
                    byte[] feed = feeds.get(path);
                    if (feed == null) {
                        send(exchange, 404, new byte[0]);
                        return;
                    }
                    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(feed)) + "\"";
                    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                    exchange.getResponseHeaders().set("ETag", etag);
                    exchange.getResponseHeaders().set("Content-Type", "text/calendar; charset=utf-8");
                    send(exchange, 200, feed);
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
