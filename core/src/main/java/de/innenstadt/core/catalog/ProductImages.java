// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Product photos uploaded by merchants: the checks an upload must pass, and the stored photo for
 * the shop's image servlet. Who may give a product a photo is decided where the product is created
 * ({@code InventoryService.addOffer}), since products are shared between merchants by GTIN.
 */
@ApplicationScoped
public class ProductImages {

    /** Where the shop serves a product's uploaded photo; relative, so it works behind any host name. */
    public static final String PATH_PREFIX = "/images/product/";

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "innenstadt.images.max-kilobytes", defaultValue = "2048")
    private int maxKilobytes;

    /**
     * Checks an uploaded file before anything is stored.
     *
     * @throws InvalidImageException when it is empty, too large or not a JPEG, PNG or WebP
     */
    public ProductPhoto check(byte[] bytes) {
        return ProductPhoto.check(bytes, maxKilobytes);
    }

    /** The largest upload accepted, in kilobytes, for hints next to the file field. */
    public int maxKilobytes() {
        return maxKilobytes;
    }

    /** The photo uploaded for a product; empty when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredImage> findImage(long productId) {
        return Optional.ofNullable(em.find(ProductImage.class, productId))
                .map(i -> new StoredImage(i.getContentType(), i.getSha256(), i.getBytes()));
    }

    /** A stored photo as the servlet sends it. */
    public record StoredImage(String contentType, String sha256, byte[] bytes) {
    }

    /** The address of a product's uploaded photo. */
    public static String path(long productId) {
        return PATH_PREFIX + productId;
    }
}
