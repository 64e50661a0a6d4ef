// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.demo.DemoProduct;
import java.util.List;

/**
 * A generated city centre: shops, products (product id = position + 1) and offers.
 */
public record BenchCatalog(List<BenchShop> shops, List<DemoProduct> products, List<BenchOffer> offers) {

    public BenchCatalog {
        shops = List.copyOf(shops);
        products = List.copyOf(products);
        offers = List.copyOf(offers);
    }

    public DemoProduct product(long productId) {
        return products.get((int) (productId - 1));
    }
}
