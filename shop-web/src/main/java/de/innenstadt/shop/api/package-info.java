// SPDX-License-Identifier: EUPL-1.2
/** The public REST API under /api/v1 that apps and other cities build on. */
package de.innenstadt.shop.api;
