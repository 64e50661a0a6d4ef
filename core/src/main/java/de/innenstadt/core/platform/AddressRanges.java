// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A setting that lists IP addresses and CIDR ranges, comma-separated ({@code 10.0.0.0/8, ::1}). Read once
 * at start; an entry that is neither stops the start naming the setting and the entry, so a typo never
 * silently means "nobody".
 */
public final class AddressRanges {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    /**
     * Reads a setting; blank means no address.
     *
     * @throws IllegalArgumentException naming {@code settingName} and the entry that is not an address or range
     */
    public static AddressRanges parse(String settingName, String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting == null ? new String[0] : setting.split(",")) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                ranges.add(Range.parse(settingName, trimmed));
            }
        }
        return new AddressRanges(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** An address written as digits only: never a host name, which would cost a DNS lookup. */
    public static Optional<InetAddress> literal(String text) {
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

        static Range parse(String settingName, String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address).map(InetAddress::getAddress)
                    .orElseThrow(() -> new IllegalArgumentException(settingName + ": „" + entry
                            + "“ is not an IP address or a range such as 10.0.0.0/8"));
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException(settingName + ": „" + entry
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
