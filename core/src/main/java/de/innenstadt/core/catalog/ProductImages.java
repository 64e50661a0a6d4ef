// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Product photos, uploaded by merchants or fetched from their feeds' addresses ({@link ImageFetches}):
 * the checks a picture must pass, storing it with its smaller copies, and the stored bytes for the
 * shop's image servlet. Who may give a product a photo is decided where the product is created
 * ({@code InventoryService.addOffer}), since products are shared between merchants by GTIN.
 */
@ApplicationScoped
public class ProductImages {

    /** Where the shop serves a product's uploaded photo; relative, so it works behind any host name. */
    public static final String PATH_PREFIX = "/images/product/";

    /** Hex digits of the SHA-256 in a versioned address: 48 bits, enough to tell one product's pictures apart. */
    public static final int VERSION_LENGTH = 12;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "innenstadt.images.max-kilobytes", defaultValue = "2048")
    private int maxKilobytes;

    @Inject
    private Clock clock;

    /**
     * Checks an uploaded file before anything is stored and makes its smaller copies.
     *
     * @throws InvalidImageException when it is empty, too large, not a JPEG, PNG or WebP, damaged or
     *         of too many pixels
     */
    public PreparedPicture check(byte[] bytes) {
        return PreparedPicture.ofUpload(bytes, maxKilobytes);
    }

    /**
     * Checks a fetched file; one larger than uploads may be is kept as a smaller JPEG.
     *
     * @throws InvalidImageException when it is empty, not a JPEG, PNG or WebP, damaged or of too many pixels
     */
    public PreparedPicture checkFetched(byte[] bytes) {
        return PreparedPicture.ofFetched(bytes, maxKilobytes);
    }

    /**
     * Stores a checked picture as the product's, in place of one stored before, with its smaller copies.
     * The caller tells search that the product changed.
     *
     * @param sourceUrl where it was fetched from; null for an upload
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(long productId, PreparedPicture picture, String sourceUrl) {
        Instant now = Instant.now(clock);
        ProductImage stored = em.find(ProductImage.class, productId);
        if (stored == null) {
            em.persist(new ProductImage(productId, picture.original(), sourceUrl, now));
        } else {
            stored.replace(picture.original(), sourceUrl, now);
        }
        em.flush();
        em.createNativeQuery("DELETE FROM product_thumbnail WHERE product_id = ?1").setParameter(1, productId).executeUpdate();
        for (PictureSizes.Thumbnail thumbnail : picture.thumbnails()) {
            em.createNativeQuery("INSERT INTO product_thumbnail (product_id, width, content_type, bytes, sha256)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, productId)
                    .setParameter(2, thumbnail.width())
                    .setParameter(3, ImageFormat.JPEG.contentType())
                    .setParameter(4, thumbnail.bytes())
                    .setParameter(5, thumbnail.sha256())
                    .executeUpdate();
        }
    }

    /** Which of these products have a stored picture, in one query for a page or an index batch. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> storedAmong(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> stored = new HashMap<>();
        em.createQuery("select i.productId, i.sha256 from ProductImage i where i.productId in :ids", Object[].class)
                .setParameter("ids", productIds).getResultList()
                .forEach(row -> stored.put((Long) row[0], (String) row[1]));
        return stored;
    }

    /**
     * The picture pages show for a product: its stored photo, at an address naming its version ({@link #path(long,
     * String)}); else a drawn illustration named by its address; else none, also for an outside address whose picture
     * has not been fetched (yet).
     *
     * @param storedSha256 the stored photo's SHA-256; null when the product has none
     */
    public static String shownImage(long productId, String imageUrl, String storedSha256) {
        if (storedSha256 != null) {
            return path(productId, storedSha256);
        }
        return isServedHere(imageUrl) ? imageUrl : null;
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

    /** The smaller copy of a product's photo in this width; empty when none was made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredImage> findThumbnail(long productId, int width) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT content_type, sha256, bytes FROM product_thumbnail"
                        + " WHERE product_id = ?1 AND width = ?2")
                .setParameter(1, productId).setParameter(2, width).getResultList();
        return rows.stream().findFirst().map(r -> new StoredImage((String) r[0], (String) r[1], (byte[]) r[2]));
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
        return imageUrl != null && (imageUrl.startsWith(PATH_PREFIX)
                && imageUrl.substring(PATH_PREFIX.length()).matches("\\d{1,18}(/v[0-9a-f]{" + VERSION_LENGTH + "})?")
                || imageUrl.startsWith(ProductIllustration.PATH_PREFIX)
                && imageUrl.substring(ProductIllustration.PATH_PREFIX.length()).matches("\\d{8,14}"));
    }

    /** The address of a product's uploaded photo, whichever version is stored. */
    public static String path(long productId) {
        return PATH_PREFIX + productId;
    }

    /**
     * The address of one version of a product's photo. A feed can replace a product's picture; a version in the
     * address lets browsers keep each one for good, where the plain address would show the old picture until its
     * cache time ran out.
     */
    public static String path(long productId, String sha256) {
        return PATH_PREFIX + productId + "/v" + sha256.substring(0, VERSION_LENGTH);
    }
}
