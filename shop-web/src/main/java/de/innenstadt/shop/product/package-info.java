// SPDX-License-Identifier: EUPL-1.2
/** The product page: which shops have it, at what price, and when they are open. */
package de.innenstadt.shop.product;
