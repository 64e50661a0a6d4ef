// SPDX-License-Identifier: EUPL-1.2
/** The only place that knows Elasticsearch: index definition, outbox relay and queries behind records of our own. */
package de.innenstadt.search;
