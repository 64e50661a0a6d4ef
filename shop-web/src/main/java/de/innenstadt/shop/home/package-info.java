// SPDX-License-Identifier: EUPL-1.2
/** The home page: where a shopper starts, with or without a search word in mind. */
package de.innenstadt.shop.home;
