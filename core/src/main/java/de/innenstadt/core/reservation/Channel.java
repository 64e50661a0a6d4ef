// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

/** How a reservation came in; phone and counter reservations are entered by the merchant for people without a device. */
public enum Channel {
    ONLINE,
    PHONE,
    COUNTER
}
