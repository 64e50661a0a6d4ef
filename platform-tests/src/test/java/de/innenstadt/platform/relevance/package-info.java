// SPDX-License-Identifier: EUPL-1.2
/**
 * The relevance benchmark: German queries as shoppers type them, each graded by a written rule over
 * a hit's fields, evaluated against the platform's public search API (see docs/relevance.md).
 */
package de.innenstadt.platform.relevance;
