// SPDX-License-Identifier: EUPL-1.2
/** The city's frame around every page: name, colours and legal pages. */
package de.innenstadt.shop.city;
