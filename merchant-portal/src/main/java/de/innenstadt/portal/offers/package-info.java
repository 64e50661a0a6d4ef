// SPDX-License-Identifier: EUPL-1.2
/** The merchant's offer list with stock and price editing. */
package de.innenstadt.portal.offers;
