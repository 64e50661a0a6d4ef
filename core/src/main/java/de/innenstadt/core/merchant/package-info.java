// SPDX-License-Identifier: EUPL-1.2
/** Merchants, their stores, addresses, positions and opening hours. */
package de.innenstadt.core.merchant;
