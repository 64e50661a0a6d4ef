// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The load balancers whose {@code X-Forwarded-*} headers are believed (setting
 * {@code innenstadt.http.trusted-proxies}: addresses or CIDR ranges, comma-separated). Behind a
 * balancer every shopper connects from the balancer's address; without this, request limits would
 * count the whole city as one client. Headers from anybody else are ignored, so nobody can pick
 * their own address by sending the header.
 */
public final class TrustedProxies {

    private final AddressRanges ranges;

    private TrustedProxies(AddressRanges ranges) {
        this.ranges = ranges;
    }

    /**
     * Reads the setting; blank means no proxy is trusted.
     *
     * @throws IllegalArgumentException naming the entry that is not an address or range, so a typo
     *         stops the start instead of silently trusting nobody
     */
    public static TrustedProxies parse(String setting) {
        return new TrustedProxies(AddressRanges.parse("innenstadt.http.trusted-proxies", setting));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean trusts(String address) {
        return AddressRanges.literal(address).map(ranges::contains).orElse(false);
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
            Optional<InetAddress> hop = AddressRanges.literal(hops.get(i));
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
}
