// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

/** Where a stock figure came from, shown next to it so shoppers can judge how much to trust it. */
public enum StockSource {
    PORTAL,
    FEED,
    API,
    RESERVATION,
    DEMO
}
