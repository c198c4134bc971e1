package uk.partnership.features.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22: the import cannot be used to reach the server's own network, and stays within its limits. The tests'
 * feed server is on the loopback address: only a fetcher whose settings allow "localhost" reaches it.
 */
class FeedFetcherTest {

    static final FeedServer SERVER = new FeedServer().serve("/google.ics", "google.ics");

    static ImportProperties settings(List<String> allowed, Duration timeout) {
        return new ImportProperties(Duration.ofHours(1), 5 * 1024 * 1024, timeout, 3, Period.ofMonths(1),
                Period.ofYears(1), allowed);
    }

    // A time limit generous for a busy machine; the slow feed's test has a short one of its own.
    final FeedFetcher fetcher = new FeedFetcher(settings(List.of("localhost"), Duration.ofSeconds(15)));
    final FeedFetcher byDefault = new FeedFetcher(settings(List.of(), Duration.ofSeconds(15)));

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    static String problem(ThrowingFetch fetch) {
        try {
            fetch.run();
        } catch (FeedProblem problem) {
            return problem.code();
        }
        throw new AssertionError("fetched");
    }

    interface ThrowingFetch {
        void run() throws FeedProblem;
    }

    @Test
    void byDefaultTheLoopbackAddressIsRefusedBeforeConnecting() {
        assertThat(problem(() -> byDefault.fetch("http://127.0.0.1:" + SERVER.port() + "/google.ics", null, null)))
                .isEqualTo("privateAddress");
        assertThat(problem(() -> byDefault.fetch(SERVER.url("/google.ics"), null, null))).isEqualTo("privateAddress");
    }

    @Test
    void theTestsHostIsFetchedAndASecondFetchWithItsEtagIsNotModified() throws FeedProblem {
        FeedFetcher.Fetched first = fetcher.fetch(SERVER.url("/google.ics"), null, null);
        FeedFetcher.Fetched second = fetcher.fetch(SERVER.url("/google.ics"), first.etag(), null);

        assertThat(first.body()).isEqualTo(Fixtures.feed("google.ics"));
        assertThat(first.etag()).isNotBlank();
        assertThat(second.notModified()).isTrue();
    }

    @Test
    void aRedirectIsFollowedByTheFetcherAndToLoopbackIsRefused() throws FeedProblem {
        assertThat(fetcher.fetch(SERVER.url("/hop.ics"), null, null).body()).isEqualTo(Fixtures.feed("google.ics"));
        assertThat(problem(() -> fetcher.fetch(SERVER.url("/to-loopback.ics"), null, null))).isEqualTo("privateAddress");
        assertThat(problem(() -> fetcher.fetch(SERVER.url("/loop.ics"), null, null))).isEqualTo("redirects");
    }

    @Test
    void anOversizedFeedIsStoppedAtTheLimit() {
        assertThat(problem(() -> fetcher.fetch(SERVER.url("/oversized.ics"), null, null))).isEqualTo("tooLarge");
    }

    @Test
    void aSlowFeedIsGivenUpAtTheTimeLimit() {
        FeedFetcher impatient = new FeedFetcher(settings(List.of("localhost"), Duration.ofSeconds(2)));
        long started = System.nanoTime();
        assertThat(problem(() -> impatient.fetch(SERVER.url("/slow.ics"), null, null))).isEqualTo("slow");
        // The feed server answers after 10 s: given up at about 2.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aPageThatIsNotICalendarOrAMissingOneIsRefused() {
        assertThat(problem(() -> fetcher.fetch(SERVER.url("/page.html"), null, null))).isEqualTo("notCalendar");
        assertThat(problem(() -> fetcher.fetch(SERVER.url("/missing.ics"), null, null))).isEqualTo("status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a.ics", "file:///etc/passwd", "gopher://example.org/", "javascript:x",
            "https://user:secret@example.org/a.ics", "not an address"})
    void onlyWebAddressesAreFetched(String address) {
        assertThat(problem(() -> fetcher.fetch(address, null, null))).isIn("scheme", "address");
    }

    @Test
    void webcalIsReadAsHttps() throws FeedProblem {
        assertThat(FeedFetcher.address("webcal://calendar.example.org/school.ics?x=1"))
                .isEqualTo(URI.create("https://calendar.example.org/school.ics?x=1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a00:1",
            "2001:db8::1"})
    void privateLocalAndReservedAddressesAreNotPublic(String address) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "151.101.1.1", "2a00:1450:4009:81f::200e", "::ffff:8.8.8.8"})
    void publicAddressesArePublic(String address) throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void whilePinnedAHostNameAnswersOnlyTheCheckedAddressesSoTheConnectionGoesThere() throws Exception {
        assertThat(PinnedNames.active()).isTrue();
        // A name no DNS knows: only the pin makes it reach the feed server.
        String name = "pinned-feed.invalid";
        try (PinnedNames.Held pin = PinnedNames.pin(name, List.of(InetAddress.getLoopbackAddress()));
             HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://" + name + ":" + SERVER.port() + "/google.ics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }
}
