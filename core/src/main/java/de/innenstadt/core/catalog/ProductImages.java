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

    /**
     * The drawn illustration of the product with this GTIN ({@link ProductIllustration}); empty for an
     * unknown GTIN.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> findIllustration(String gtin) {
        return em.createQuery("select p from Product p where p.gtin = :gtin", Product.class)
                .setParameter("gtin", gtin)
                .getResultStream()
                .findFirst()
                .map(product -> ProductIllustration.svg(product.getCategory(), product.getVariantColor()));
    }

    /** A stored photo as the servlet sends it. */
    public record StoredImage(String contentType, String sha256, byte[] bytes) {
    }

    /**
     * Whether pages may show this image address: only pictures this platform serves itself (uploaded
     * photos, drawn illustrations). An outside address from a feed would hand every visitor's address
     * to that host; such images are shown once they are fetched and stored here.
     */
    public static boolean isServedHere(String imageUrl) {
        return imageUrl != null && (imageUrl.startsWith(PATH_PREFIX) && imageUrl.substring(PATH_PREFIX.length()).matches("\\d{1,18}")
                || imageUrl.startsWith(ProductIllustration.PATH_PREFIX)
                && imageUrl.substring(ProductIllustration.PATH_PREFIX.length()).matches("\\d{8,14}"));
    }

    /** The address of a product's uploaded photo. */
    public static String path(long productId) {
        return PATH_PREFIX + productId;
    }
}
