// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

/** Whether a merchant's feed lists the whole assortment (missing items drop to 0) or only changes. */
public enum FeedMode {
    FULL,
    DELTA
}
