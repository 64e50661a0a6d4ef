// SPDX-License-Identifier: EUPL-1.2
/** Stock and catalogue feeds from merchants' systems: import records, rejected rows, settings and API keys. */
package de.innenstadt.core.feed;
