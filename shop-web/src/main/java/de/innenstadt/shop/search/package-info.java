// SPDX-License-Identifier: EUPL-1.2
/** The search results page, bookmarkable and usable without JavaScript. */
package de.innenstadt.shop.search;
