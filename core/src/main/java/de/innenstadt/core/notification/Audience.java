// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

/**
 * Who a message is for. Shopper and merchant need different things from the same event (the
 * shopper a pickup code and a deadline, the merchant a name to call and goods to put aside), so
 * each gets its own text and its own row.
 */
public enum Audience {
    SHOPPER,
    MERCHANT
}
