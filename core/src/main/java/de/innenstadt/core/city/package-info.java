// SPDX-License-Identifier: EUPL-1.2
/** The city's own settings and legal pages, public holidays, campaigns and footfall. */
package de.innenstadt.core.city;
