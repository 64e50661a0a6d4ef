// SPDX-License-Identifier: EUPL-1.2
/**
 * Search benchmark: a generated city centre loaded into the platform's database, a query mix drawn from its
 * vocabulary, and the summary of the Gatling runs against the platform API and Elasticsearch itself.
 */
package de.innenstadt.bench;
