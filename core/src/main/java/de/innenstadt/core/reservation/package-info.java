// SPDX-License-Identifier: EUPL-1.2
/** Click and collect: reservations of items at one store, their life cycle and the held stock. */
package de.innenstadt.core.reservation;
