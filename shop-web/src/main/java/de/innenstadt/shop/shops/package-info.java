// SPDX-License-Identifier: EUPL-1.2
/** A shop's own page: profile, stores, opening hours, campaigns and its assortment. */
package de.innenstadt.shop.shops;
