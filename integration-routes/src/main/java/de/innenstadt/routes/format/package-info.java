// SPDX-License-Identifier: EUPL-1.2
/**
 * One parser per feed format, in plain Java without Camel, so each format is tested with real sample
 * files alone; the routes only decide when a parser runs and where its lines go.
 */
package de.innenstadt.routes.format;
