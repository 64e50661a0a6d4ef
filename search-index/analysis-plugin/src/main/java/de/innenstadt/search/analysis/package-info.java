// SPDX-License-Identifier: EUPL-1.2
/**
 * Elasticsearch analysis components registered under Elastic's own names, so that one index definition runs
 * both on the integration-test server (which lacks analysis-common and ICU) and on a full production server.
 */
package de.innenstadt.search.analysis;
