// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import java.time.Instant;

/**
 * One shop's offer of one generated product.
 *
 * @param productId the product's id, from 1 in catalogue order
 * @param shopId the id of the shop (merchant and store)
 */
public record BenchOffer(long productId, long shopId, long priceCents, int quantity, Instant stockUpdatedAt) {
}
