package uk.partnership.features.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Fetches a calendar feed within limits (ADR 0030): http, https and webcal (read as https) only; at most
 * {@code max-bytes} (reading stops beyond it), {@code timeout} for the whole fetch, {@code max-redirects} redirects,
 * each followed here rather than by the client. Before every connection, the first and after each redirect, every
 * address the host name resolves to must be public ({@link PublicAddresses}), and the connection is made to those
 * checked addresses only ({@link PinnedNames}). Conditional: the last ETag and Last-Modified are sent, and a 304
 * means nothing changed.
 */
@Component
class FeedFetcher {

    /** What a fetch gave: the feed and its validators, or (when {@code body} is null) "not modified". */
    record Fetched(byte @Nullable [] body, @Nullable String etag, @Nullable String lastModified) {

        boolean notModified() {
            return body == null;
        }
    }

    private final ImportProperties properties;

    FeedFetcher(ImportProperties properties) {
        this.properties = properties;
    }

    /** The address as it is fetched: webcal becomes https; anything but http and https is refused. */
    static URI address(String typed) throws FeedProblem {
        URI uri;
        try {
            uri = new URI(typed.strip());
        } catch (URISyntaxException e) {
            throw new FeedProblem("address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("webcal")) {
            try {
                uri = new URI("https:" + uri.getRawSchemeSpecificPart());
            } catch (URISyntaxException e) {
                throw new FeedProblem("address");
            }
            scheme = "https";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedProblem("scheme");
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
            throw new FeedProblem("address");
        }
        return uri;
    }

    Fetched fetch(String typed, @Nullable String etag, @Nullable String lastModified) throws FeedProblem {
        if (!PinnedNames.active()) {
            throw new FeedProblem("unpinned");
        }
        long deadline = System.nanoTime() + properties.timeout().toNanos();
        URI uri = address(typed);
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout()).proxy(HttpClient.Builder.NO_PROXY).build();
        try {
            for (int hop = 0; ; hop++) {
                String host = uri.getHost();
                List<InetAddress> addresses = checked(host);
                try (PinnedNames.Held pin = PinnedNames.pin(host, addresses)) {
                    HttpResponse<byte[]> response = send(client, uri, etag, lastModified, deadline);
                    int status = response.statusCode();
                    if (status == 304) {
                        return new Fetched(null, etag, lastModified);
                    }
                    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                        if (hop >= properties.maxRedirects()) {
                            throw new FeedProblem("redirects", properties.maxRedirects());
                        }
                        String location = response.headers().firstValue("Location")
                                .orElseThrow(() -> new FeedProblem("status", status));
                        uri = address(uri.resolve(location.strip()).toString());
                        continue;
                    }
                    if (status != 200) {
                        throw new FeedProblem("status", status);
                    }
                    byte[] body = response.body();
                    if (!looksLikeICalendar(body)) {
                        throw new FeedProblem("notCalendar");
                    }
                    return new Fetched(body, response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null));
                }
            }
        } catch (IllegalArgumentException e) {
            throw new FeedProblem("address");
        } finally {
            // A fetch given up (too slow, too large) is not waited for.
            client.shutdownNow();
        }
    }

    /** Every address the host resolves to, each of them public (or the host is one the tests' settings allow). */
    List<InetAddress> checked(String host) throws FeedProblem {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(name));
        } catch (UnknownHostException e) {
            throw new FeedProblem("unknownHost", host);
        }
        boolean allowed = properties.allowedTestHosts().stream().anyMatch(name::equalsIgnoreCase);
        for (InetAddress address : addresses) {
            if (!allowed && !PublicAddresses.isPublic(address)) {
                throw new FeedProblem("privateAddress", host);
            }
        }
        return addresses;
    }

    private HttpResponse<byte[]> send(HttpClient client, URI uri, @Nullable String etag, @Nullable String lastModified,
                                      long deadline) throws FeedProblem {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new FeedProblem("slow", properties.timeout().toSeconds());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
                .header("Accept", "text/calendar, */*;q=0.5").header("User-Agent", "partnership-site calendar import");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request.build(),
                info -> new Limited(properties.maxBytes()));
        try {
            return response.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FeedProblem("slow", properties.timeout().toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedProblem("unreachable", uri.getHost());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new FeedProblem("tooLarge", properties.maxBytes() / (1024 * 1024));
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                throw new FeedProblem("slow", properties.timeout().toSeconds());
            }
            if (cause instanceof IllegalArgumentException) {
                throw new FeedProblem("address");
            }
            throw new FeedProblem("unreachable", uri.getHost());
        }
    }

    /** The first line of an iCalendar file, after an optional byte order mark and blank space. */
    static boolean looksLikeICalendar(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        return start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
    }

    /** The feed larger than allowed: reading stopped there. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large", null);
        }
    }

    /** Collects the body up to the limit, and cancels the rest of it beyond. */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {

        private final long limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.@Nullable Subscription subscription;

        Limited(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    if (subscription != null) {
                        subscription.cancel();
                    }
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            if (subscription != null) {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
