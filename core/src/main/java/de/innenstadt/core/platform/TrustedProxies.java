// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The load balancers whose {@code X-Forwarded-*} headers are believed (setting
 * {@code innenstadt.http.trusted-proxies}: addresses or CIDR ranges, comma-separated). Behind a
 * balancer every shopper connects from the balancer's address; without this, request limits would
 * count the whole city as one client. Headers from anybody else are ignored, so nobody can pick
 * their own address by sending the header.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * Reads the setting; blank means no proxy is trusted.
     *
     * @throws IllegalArgumentException naming the entry that is not an address or range, so a typo
     *         stops the start instead of silently trusting nobody
     */
    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                ranges.add(Range.parse(trimmed));
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        return literal(address).map(a -> ranges.stream().anyMatch(r -> r.contains(a))).orElse(false);
    }

    /**
     * The client's address: {@code X-Forwarded-For} read from the right (the hop nearest to us first),
     * skipping our own proxies; the first address that is not one of them is the client as our
     * outermost proxy saw it. Entries further left were written by the client and are not believed.
     * When the connecting address is not a trusted proxy, it is the client and the header is ignored.
     */
    public String clientAddress(String connectingAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(connectingAddress)) {
            return connectingAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(TrustedProxies::withoutPort).toList();
        String nearestTrusted = connectingAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return nearestTrusted;
            }
            String address = hop.get().getHostAddress();
            if (!trusts(address)) {
                return address;
            }
            nearestTrusted = address;
        }
        return nearestTrusted;
    }

    /** {@code [2001:db8::1]:443} and {@code 192.0.2.1:443} as some proxies write them, without the port. */
    private static String withoutPort(String hop) {
        String trimmed = hop.strip();
        if (trimmed.startsWith("[") && trimmed.indexOf(']') > 0) {
            return trimmed.substring(1, trimmed.indexOf(']'));
        }
        int colon = trimmed.indexOf(':');
        if (colon > 0 && colon == trimmed.lastIndexOf(':')) {
            return trimmed.substring(0, colon);
        }
        return trimmed;
    }

    /** An address written as digits only: never a host name, which would cost a DNS lookup per request. */
    static Optional<InetAddress> literal(String text) {
        if (text == null || text.length() > 45 || !IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** A network as address bytes and the number of leading bits that must match. */
    private record Range(byte[] network, int prefixBits) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address).map(InetAddress::getAddress)
                    .orElseThrow(() -> new IllegalArgumentException("innenstadt.http.trusted-proxies: „" + entry
                            + "“ is not an IP address or a range such as 10.0.0.0/8"));
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("innenstadt.http.trusted-proxies: „" + entry
                            + "“ has a prefix length outside 0–" + bytes.length * 8);
                }
            }
            return new Range(bytes, bits);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
