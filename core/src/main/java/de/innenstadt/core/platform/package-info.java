// SPDX-License-Identifier: EUPL-1.2
/** Cross-cutting pieces every context relies on: data sources and schema migration, the calling actor, leases, clock, health. */
package de.innenstadt.core.platform;
