// SPDX-License-Identifier: EUPL-1.2
/** Pages of the city-centre management: footfall and campaign dashboard, campaign management, CSV export. */
package de.innenstadt.portal.city;
