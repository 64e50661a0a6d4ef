// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies balancers = TrustedProxies.parse(" 10.0.0.0/8, 192.0.2.10 ,2001:db8:1::/48");

    @Test
    void trustsAddressesInsideTheListedRangesOnly() {
        assertThat(balancers.trusts("10.200.3.4")).isTrue();
        assertThat(balancers.trusts("192.0.2.10")).isTrue();
        assertThat(balancers.trusts("2001:db8:1:ffff::7")).isTrue();
        assertThat(balancers.trusts("11.0.0.1")).isFalse();
        assertThat(balancers.trusts("192.0.2.11")).isFalse();
        assertThat(balancers.trusts("2001:db8:2::1")).isFalse();
        assertThat(balancers.trusts("balancer.example")).isFalse();
        assertThat(TrustedProxies.parse("").trusts("10.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse(null).isEmpty()).isTrue();
    }

    @Test
    void theClientIsTheFirstAddressFromTheRightThatIsNotOurs() {
        assertThat(balancers.clientAddress("10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
        // a second balancer in front of the first, and whatever the client wrote itself further left
        assertThat(balancers.clientAddress("10.0.0.5", "6.6.6.6, 203.0.113.7, 192.0.2.10")).isEqualTo("203.0.113.7");
        assertThat(balancers.clientAddress("10.0.0.5", "[2001:db8:9::1]:51000")).isEqualTo("2001:db8:9:0:0:0:0:1");
        assertThat(balancers.clientAddress("10.0.0.5", "198.51.100.4:443")).isEqualTo("198.51.100.4");
    }

    @Test
    void headersFromAnybodyElseAreIgnored() {
        assertThat(balancers.clientAddress("203.0.113.7", "1.2.3.4")).isEqualTo("203.0.113.7");
        assertThat(balancers.clientAddress("10.0.0.5", null)).isEqualTo("10.0.0.5");
    }

    @Test
    void aHopThatIsNoAddressEndsTheWalkAtOurNearestProxy() {
        assertThat(balancers.clientAddress("10.0.0.5", "203.0.113.7, unknown")).isEqualTo("10.0.0.5");
        assertThat(balancers.clientAddress("10.0.0.5", "evil.example")).isEqualTo("10.0.0.5");
    }

    @Test
    void aTypoInTheSettingStopsTheStartWithTheEntryNamed() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/8, lb.intern"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lb.intern");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
    }
}
