// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.ArticleVariants;
import de.innenstadt.core.catalog.Category;
import de.innenstadt.core.catalog.Product;
import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.catalog.SizeOrder;
import de.innenstadt.core.merchant.Store;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads products with their offers in the shape the search index wants, in as few queries as
 * possible: the relay and a full reindex call it for hundreds of products at a time. Each call
 * reads in a transaction of its own (or the caller's), so it sees one consistent snapshot and
 * works from the scheduler's threads, which have no request to bind an entity manager to.
 */
@ApplicationScoped
@Transactional
public class ProductListings {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private ProductImages images;

    /**
     * The current state of the given products and of the other variants of their articles, whose
     * documents say what the whole article offers and so change with any variant; ids of deleted
     * products are simply absent.
     */
    public List<ProductListing> load(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = withSiblings(productIds);
        Map<Long, List<OfferListing>> offersByProduct = new LinkedHashMap<>();
        em.createQuery("select o from Offer o join fetch o.product join fetch o.store s join fetch s.merchant m"
                        + " where o.product.id in :ids and m.active = true", Offer.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "o.store.weeklyHours")
                .getResultList()
                .forEach(o -> offersByProduct.computeIfAbsent(o.getProduct().getId(), k -> new ArrayList<>())
                        .add(toListing(o)));
        Map<String, String> categoryNames = new LinkedHashMap<>();
        em.createQuery("select c from Category c", Category.class).getResultList()
                .forEach(c -> categoryNames.put(c.getSlug(), c.getNameDe()));
        List<Product> products = em.createQuery("select p from Product p where p.id in :ids order by p.id", Product.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<String, ProductListing.ArticleRange> ranges = ranges(products, offersByProduct);
        Map<Long, String> photos = images.storedAmong(ids);
        return products.stream()
                .map(p -> new ProductListing(p.getId(), p.getGtin(), p.getTitle(), p.getBrand(), p.getCategory(),
                        categoryNames.get(p.getCategory()), p.getDescription(),
                        ProductImages.shownImage(p.getId(), p.getImageUrl(), photos.get(p.getId())), variant(p, ranges),
                        offersByProduct.getOrDefault(p.getId(), List.of()), p.findNetContent().orElse(null)))
                .toList();
    }

    /** The ids and those of every other variant of their articles. */
    private Set<Long> withSiblings(Collection<Long> productIds) {
        Set<Long> ids = new LinkedHashSet<>(productIds);
        List<String> keys = em.createQuery("select distinct p.articleKey from Product p where p.id in :ids"
                + " and p.articleKey is not null", String.class).setParameter("ids", productIds).getResultList();
        if (!keys.isEmpty()) {
            ids.addAll(em.createQuery("select p.id from Product p where p.articleKey in :keys", Long.class)
                    .setParameter("keys", keys).getResultList());
        }
        return ids;
    }

    /** Per article key, what its variants offer together: colours, sizes in shelf order, variants, stores. */
    private static Map<String, ProductListing.ArticleRange> ranges(List<Product> products,
            Map<Long, List<OfferListing>> offersByProduct) {
        Map<String, List<Product>> byArticle = new LinkedHashMap<>();
        products.forEach(p -> p.findArticleKey().ifPresent(key -> byArticle.computeIfAbsent(key, k -> new ArrayList<>()).add(p)));
        Map<String, ProductListing.ArticleRange> ranges = new HashMap<>();
        byArticle.forEach((key, variants) -> {
            Set<String> colors = new LinkedHashSet<>();
            Set<String> sizes = new LinkedHashSet<>();
            Set<Long> stores = new HashSet<>();
            for (Product p : variants) {
                Optional.ofNullable(p.getVariantColor()).ifPresent(colors::add);
                Optional.ofNullable(p.getVariantSize()).ifPresent(sizes::add);
                offersByProduct.getOrDefault(p.getId(), List.of()).forEach(o -> stores.add(o.storeId()));
            }
            ranges.put(key, new ProductListing.ArticleRange(List.copyOf(colors), SizeOrder.sorted(List.copyOf(sizes)),
                    variants.size(), stores.size()));
        });
        return ranges;
    }

    /**
     * The variants of the product's article with whether an active shop has each on the shelf; only
     * the product itself when it belongs to no article.
     */
    public List<ArticleVariants.Variant> variantsOf(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            return List.of();
        }
        List<Product> variants = product.findArticleKey()
                .map(key -> em.createQuery("select p from Product p where p.articleKey = :key order by p.id", Product.class)
                        .setParameter("key", key).getResultList())
                .orElse(List.of(product));
        List<Long> ids = variants.stream().map(Product::getId).toList();
        Set<Long> onShelf = new HashSet<>(em.createQuery("select distinct o.product.id from Offer o join o.store s"
                        + " join s.merchant m where o.product.id in :ids and m.active = true and o.quantity > o.held",
                        Long.class)
                .setParameter("ids", ids).getResultList());
        return variants.stream().map(p -> new ArticleVariants.Variant(p.getId(), p.getVariantColor(),
                p.getVariantSize(), onShelf.contains(p.getId()))).toList();
    }

    /** Products a store offers; a changed store (hours, address) changes all of their documents. */
    public List<Long> productIdsOfStore(long storeId) {
        return em.createQuery("select o.product.id from Offer o where o.store.id = :store", Long.class)
                .setParameter("store", storeId)
                .getResultList();
    }

    /** Keyset pagination over all product ids, for a full reindex that never holds them all at once. */
    public List<Long> productIdsAfter(long lastId, int limit) {
        return em.createQuery("select p.id from Product p where p.id > :last order by p.id", Long.class)
                .setParameter("last", lastId)
                .setMaxResults(limit)
                .getResultList();
    }

    private static ProductListing.ArticleVariant variant(Product p, Map<String, ProductListing.ArticleRange> ranges) {
        return p.findArticleKey()
                .map(key -> new ProductListing.ArticleVariant(key, p.getArticleTitle(), p.getVariantColor(),
                        p.getVariantSize(), ranges.getOrDefault(key, ProductListing.ArticleRange.NONE)))
                .orElseGet(() -> ProductListing.ArticleVariant.single(p.getId(), p.getTitle()));
    }

    private static OfferListing toListing(Offer o) {
        Store s = o.getStore();
        return new OfferListing(o.getId(), s.getId(), s.getName(), s.getMerchant().getId(), s.getMerchant().getSlug(),
                s.getMerchant().getName(), s.getLocation(), o.getPrice(), o.getQuantity(), o.getAvailable(),
                o.getStockUpdatedAt(), s.isPickupEnabled(), s.getWeeklyHours());
    }
}
