// SPDX-License-Identifier: EUPL-1.2
/** What the portal runs once per instance: start-up seeding, demo data and the indexing schedule. */
package de.innenstadt.portal.platform;
