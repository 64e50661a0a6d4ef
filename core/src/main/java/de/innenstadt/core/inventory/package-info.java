// SPDX-License-Identifier: EUPL-1.2
/** Offers with price and stock, the outbox that carries their changes to search, and the read model the index is built from. */
package de.innenstadt.core.inventory;
