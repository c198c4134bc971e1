package uk.partnership.features.imports;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;

/**
 * Whether an address is on the public internet, so a feed address cannot make the site reach its own machine or
 * network: loopback, private (site-local), link-local, multicast, unspecified, carrier-grade NAT, benchmarking and
 * documentation ranges, IPv6 unique-local addresses, and any of them in IPv4-mapped or -compatible IPv6 form are not.
 */
final class PublicAddresses {

    private PublicAddresses() {
    }

    static boolean isPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            InetAddress embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                return isPublic(embedded);
            }
            if ((bytes[0] & 0xfe) == 0xfc) {            // fc00::/7 unique local
                return false;
            }
            if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x01 && (bytes[2] & 0xff) == 0x0d
                    && (bytes[3] & 0xff) == 0xb8) {      // 2001:db8::/32 documentation
                return false;
            }
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address v4) {
            byte[] b = v4.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                   // 0.0.0.0/8 "this network"
                    && !(first == 100 && second >= 64 && second < 128)   // 100.64/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)  // 192.0.0/24 protocol assignments
                    && !(first == 198 && (second == 18 || second == 19))     // 198.18/15 benchmarking
                    && first < 224;                              // multicast and reserved, broadcast
        }
        return true;
    }

    /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), -compatible (::a.b.c.d) or NAT64 (64:ff9b::/96) one. */
    private static @Nullable InetAddress embeddedIpv4(byte[] bytes) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= bytes[i] == 0;
        }
        boolean mapped = zeros && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
        boolean compatible = zeros && bytes[10] == 0 && bytes[11] == 0
                && ((bytes[12] | bytes[13] | bytes[14]) != 0 || (bytes[15] & 0xff) > 1);
        boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                && (bytes[3] & 0xff) == 0x9b;
        if (!mapped && !compatible && !nat64) {
            return null;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
