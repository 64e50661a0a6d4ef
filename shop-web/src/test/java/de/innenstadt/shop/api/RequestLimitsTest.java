// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void reservationsPerAddressAreLimitedPerHour() {
        ManualClock clock = new ManualClock();
        RequestLimits limits = new RequestLimits(clock, 3, 20);
        for (int i = 0; i < 3; i++) {
            limits.requireReservationAllowed("192.0.2.1");
        }
        assertThatThrownBy(() -> limits.requireReservationAllowed("192.0.2.1")).isInstanceOf(TooManyRequestsException.class);
        assertThatCode(() -> limits.requireReservationAllowed("192.0.2.2")).doesNotThrowAnyException();
        clock.advance(Duration.ofMinutes(61));
        assertThatCode(() -> limits.requireReservationAllowed("192.0.2.1")).doesNotThrowAnyException();
    }

    @Test
    void guessingTokensIsThrottledPerMinute() {
        ManualClock clock = new ManualClock();
        RequestLimits limits = new RequestLimits(clock, 30, 2);
        limits.recordUnknownLookup("192.0.2.9");
        limits.recordUnknownLookup("192.0.2.9");
        assertThatThrownBy(() -> limits.requireLookupAllowed("192.0.2.9")).isInstanceOf(TooManyRequestsException.class);
        clock.advance(Duration.ofSeconds(61));
        assertThatCode(() -> limits.requireLookupAllowed("192.0.2.9")).doesNotThrowAnyException();
    }
}
