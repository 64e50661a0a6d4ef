// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.product;

import de.innenstadt.core.catalog.PictureSizes;
import de.innenstadt.core.catalog.ProductImages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.stream.Collectors;

/**
 * Lets the pages ask whether a product's picture may be shown ({@link ProductImages#isServedHere}) and which
 * smaller copies a photo has, for {@code srcset}; a drawn illustration is SVG and needs none.
 */
@Named
@ApplicationScoped
public class Pictures {

    public boolean shown(String imageUrl) {
        return ProductImages.isServedHere(imageUrl);
    }

    /** Whether the picture is a stored photo (with smaller copies) rather than a drawn illustration. */
    public boolean photo(String imageUrl) {
        return shown(imageUrl) && imageUrl.startsWith(ProductImages.PATH_PREFIX);
    }

    /** The {@code srcset} of a stored photo: each copy by its width, relative to {@code contextPath}. */
    public String srcset(String contextPath, String imageUrl) {
        return PictureSizes.WIDTHS.stream()
                .map(width -> contextPath + imageUrl + "/" + width + " " + width + "w")
                .collect(Collectors.joining(", "));
    }

    /** A copy of at least this width, for {@code src}: browsers without {@code srcset} and the print view. */
    public String sized(String contextPath, String imageUrl, int width) {
        return contextPath + imageUrl + "/" + width;
    }
}
