// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.product;

import de.innenstadt.core.catalog.ProductImages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Lets the pages ask whether a product's picture may be shown ({@link ProductImages#isServedHere}). */
@Named
@ApplicationScoped
public class Pictures {

    public boolean shown(String imageUrl) {
        return ProductImages.isServedHere(imageUrl);
    }
}
