// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void countsFailuresWithinTheWindowOnly() {
        FailureWindow window = new FailureWindow(Duration.ofMinutes(15), 100);
        window.record("10.0.0.1", START);
        window.record("10.0.0.1", START.plusSeconds(60));
        assertThat(window.count("10.0.0.1", START.plusSeconds(120))).isEqualTo(2);
        assertThat(window.count("10.0.0.1", START.plus(Duration.ofMinutes(15)).plusSeconds(30))).isEqualTo(1);
        assertThat(window.count("10.0.0.1", START.plus(Duration.ofMinutes(30)))).isZero();
        assertThat(window.count("10.0.0.2", START)).isZero();
    }

    @Test
    void forgetsTheLeastRecentlyFailedKeysBeyondItsBound() {
        FailureWindow window = new FailureWindow(Duration.ofMinutes(15), 2);
        window.record("a", START);
        window.record("b", START);
        window.record("c", START);
        assertThat(window.count("a", START)).isZero();
        assertThat(window.count("b", START)).isEqualTo(1);
        assertThat(window.count("c", START)).isEqualTo(1);
    }
}
