// SPDX-License-Identifier: EUPL-1.2
/** Click and collect for shoppers: the bag, checkout with one reservation per store, and the status page. */
package de.innenstadt.shop.reservation;
