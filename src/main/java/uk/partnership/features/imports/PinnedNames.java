package uk.partnership.features.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JVM's name resolver, with one addition: while a feed is fetched, its host name answers only the addresses that
 * were checked ({@link PublicAddresses}) before connecting, so a name whose DNS answer changes between the check and
 * the connection (DNS rebinding) cannot send the fetch elsewhere. Every other look-up goes to the JDK's own resolver
 * unchanged. Installed through {@code META-INF/services} (JEP 418), which the JVM reads with the system class loader:
 * the fetcher refuses to fetch when it is not installed ({@link #active()}), rather than fetch unpinned.
 */
public final class PinnedNames extends InetAddressResolverProvider {

    private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();
    private static volatile boolean installed;

    private record Pin(List<InetAddress> addresses, int holders) {
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        installed = true;
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                Pin pin = PINS.get(host.toLowerCase(Locale.ROOT));
                return pin != null ? pin.addresses().stream() : builtin.lookupByName(host, policy);
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    @Override
    public String name() {
        return "partnership-pinned-names";
    }

    /** Whether this resolver is the JVM's (it is set on the first look-up; this makes one if none was made yet). */
    static boolean active() {
        if (!installed) {
            InetAddress.getLoopbackAddress();
            try {
                InetAddress.getAllByName("localhost");
            } catch (UnknownHostException ignored) {
                // The look-up was only to install the resolver.
            }
        }
        return installed;
    }

    /** A pin, released by closing it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Until the returned handle is closed, {@code host} resolves to {@code addresses} only. */
    static Held pin(String host, List<InetAddress> addresses) {
        String key = host.toLowerCase(Locale.ROOT);
        PINS.compute(key, (name, pin) -> pin == null ? new Pin(List.copyOf(addresses), 1)
                : new Pin(pin.addresses(), pin.holders() + 1));
        return () -> PINS.computeIfPresent(key, (name, pin) -> pin.holders() == 1 ? null
                : new Pin(pin.addresses(), pin.holders() - 1));
    }
}
