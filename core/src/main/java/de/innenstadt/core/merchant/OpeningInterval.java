// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A store is open on {@code day} from {@code opens} until {@code closes}; a closing time before the
 * opening time runs past midnight into the next day (late-night bars, night shopping events).
 */
public record OpeningInterval(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningInterval {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (opens.equals(closes)) {
            throw new IllegalArgumentException("Opening and closing time are the same: " + opens);
        }
    }

    public boolean spansMidnight() {
        return closes.isBefore(opens);
    }
}
