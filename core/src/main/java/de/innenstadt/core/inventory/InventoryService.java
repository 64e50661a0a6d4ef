// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.Category;
import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.catalog.PreparedPicture;
import de.innenstadt.core.catalog.Product;
import de.innenstadt.core.catalog.ProductImages;
import de.innenstadt.core.merchant.Store;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Outbox;
import de.innenstadt.core.platform.OutboxEntry.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Merchants' changes to their own offers. Every change writes an outbox row in the same transaction
 * so that search catches up without a dual write; every call checks that the offer belongs to the
 * caller.
 */
@ApplicationScoped
@Transactional
public class InventoryService {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    @Inject
    private ProductImages images;

    @Inject
    private ImageFetches imageFetches;

    /** Sets the shelf count of one offer, as a merchant does after counting or selling at the till. */
    public OfferRow changeQuantity(Actor actor, long offerId, @Min(0) int quantity) {
        Offer offer = ownedOffer(actor, offerId);
        offer.setStock(quantity, StockSource.PORTAL, Instant.now(clock));
        announce(offer);
        return toRow(offer);
    }

    public OfferRow changePrice(Actor actor, long offerId, Money price) {
        Offer offer = ownedOffer(actor, offerId);
        offer.setPrice(price);
        announce(offer);
        return toRow(offer);
    }

    /**
     * Sets the shelf count of the chosen offers to zero, e.g. when a delivery did not come. All or
     * nothing: one offer that is not the caller's refuses the whole request.
     */
    public List<OfferRow> setOutOfStock(Actor actor, Collection<Long> offerIds) {
        List<Offer> offers = ownedOffers(actor, offerIds);
        Instant now = Instant.now(clock);
        offers.forEach(offer -> {
            offer.setStock(0, StockSource.PORTAL, now);
            announce(offer);
        });
        return offers.stream().map(InventoryService::toRow).toList();
    }

    /**
     * Removes an offer the merchant no longer sells: it leaves search and the shop pages at once. Refused while any of
     * it is reserved (those shoppers are coming); closed reservations keep their own record of it. A till export that
     * still lists the article brings it back with its next import.
     *
     * @throws InvalidOfferException with {@link InvalidOfferException.Field#HELD} while units are reserved
     */
    public void removeOffer(Actor actor, long offerId) {
        Offer offer = ownedOffer(actor, offerId);
        em.lock(offer, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(offer);
        if (offer.getHeld() > 0) {
            throw new InvalidOfferException(InvalidOfferException.Field.HELD, offer.getHeld() + " units are reserved");
        }
        announce(offer);
        em.remove(offer);
    }

    /**
     * Raises or lowers the prices of the chosen offers by a percentage (-90 to +500), rounded to the
     * cent, half up. All or nothing, like {@link #setOutOfStock}.
     */
    public List<OfferRow> changePriceByPercent(Actor actor, Collection<Long> offerIds,
            @DecimalMin("-90") @DecimalMax("500") BigDecimal percent) {
        List<Offer> offers = ownedOffers(actor, offerIds);
        BigDecimal factor = BigDecimal.ONE.add(percent.movePointLeft(2));
        offers.forEach(offer -> {
            long cents = BigDecimal.valueOf(offer.getPrice().cents()).multiply(factor)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            offer.setPrice(new Money(cents, offer.getPrice().currency()));
            announce(offer);
        });
        return offers.stream().map(InventoryService::toRow).toList();
    }

    /** What the catalog knows about a GTIN, to prefill the form for a new offer; empty for unknown GTINs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProductFacts> findCatalogProduct(String gtin) {
        return Gtin.parse(gtin).flatMap(g -> em.createQuery("select p from Product p where p.gtin = :gtin", Product.class)
                .setParameter("gtin", g.value())
                .getResultStream()
                .findFirst())
                .map(p -> new ProductFacts(p.getGtin(), p.getTitle(), p.getBrand(), p.getCategory(), p.getImageUrl(),
                        p.findNetContent().orElse(null)));
    }

    /** A product as the catalog has it. */
    public record ProductFacts(String gtin, String title, String brand, String category, String imageUrl,
            NetContent netContent) {
    }

    /**
     * Starts selling a product in one of the caller's stores. A GTIN the catalog does not know yet
     * becomes a new catalog product with the title (and brand, image) given.
     *
     * @throws InvalidOfferException when the GTIN is wrong (with the check digit it should have), a new
     *         product has no title, the image is not an http(s) URL, or the store already sells it
     */
    public OfferRow addOffer(Actor actor, NewOffer request) {
        return addOffer(actor, request, null);
    }

    /**
     * Like {@link #addOffer(Actor, NewOffer)}, with a photo uploaded from the merchant's computer or
     * phone for a product new to the catalog. The photo is checked before anything is stored and
     * becomes the product's image (served by the shop at {@link ProductImages#path}), in place of an
     * image URL given too. A product the catalog already knows is shared with other merchants and
     * keeps its image, so a photo for it refuses the whole request.
     *
     * @param photo the uploaded file's bytes; null when none was chosen
     * @throws de.innenstadt.core.catalog.InvalidImageException when the photo is empty, too large or
     *         not a JPEG, PNG or WebP
     * @throws InvalidOfferException as for {@link #addOffer(Actor, NewOffer)}, and with
     *         {@link InvalidOfferException.Field#IMAGE_FILE} for a photo of a known product
     */
    public OfferRow addOffer(Actor actor, NewOffer request, byte[] photo) {
        Store store = em.find(Store.class, request.storeId());
        if (store == null) {
            throw new NotFoundException("No store " + request.storeId());
        }
        actor.requireMerchant(store.getMerchant().getId());
        String gtin = request.gtin() == null ? "" : request.gtin().strip();
        String problem = Gtin.problemWith(gtin);
        if (problem != null) {
            throw new InvalidOfferException(InvalidOfferException.Field.GTIN, problem);
        }
        PreparedPicture checkedPhoto = photo == null ? null : images.check(photo);
        Optional<Product> known = em.createQuery("select p from Product p where p.gtin = :gtin", Product.class)
                .setParameter("gtin", gtin)
                .getResultStream()
                .findFirst();
        // a known product keeps the catalog's image, so only a new one's address is checked (the form
        // shows a known product's own picture path, which is no http(s) address)
        String imageUrl = request.imageUrl() == null || request.imageUrl().isBlank() || known.isPresent() ? null
                : request.imageUrl().strip();
        if (imageUrl != null && !imageUrl.matches("https?://[^\\s\"<>]{1,490}")) {
            throw new InvalidOfferException(InvalidOfferException.Field.IMAGE_URL, "Image must be an http(s) URL");
        }
        if (known.isPresent() && checkedPhoto != null) {
            throw new InvalidOfferException(InvalidOfferException.Field.IMAGE_FILE,
                    "The catalog already knows this product; it keeps the catalog's image");
        }
        Product product = known.orElseGet(() -> newProduct(new Gtin(gtin), request, imageUrl, checkedPhoto));
        boolean sold = em.createQuery("select count(o) from Offer o where o.store = :store and o.product = :product", Long.class)
                .setParameter("store", store).setParameter("product", product).getSingleResult() > 0;
        if (sold) {
            throw new InvalidOfferException(InvalidOfferException.Field.DUPLICATE, "This store already sells this product");
        }
        Offer offer = new Offer(store, product, request.price(), request.quantity(), StockSource.PORTAL, Instant.now(clock));
        em.persist(offer);
        em.flush();
        announce(offer);
        return toRow(offer);
    }

    private Product newProduct(Gtin gtin, NewOffer request, String imageUrl, PreparedPicture photo) {
        if (request.title() == null || request.title().isBlank()) {
            throw new InvalidOfferException(InvalidOfferException.Field.TITLE, "A product new to the catalog needs a title");
        }
        if (request.category() == null || em.find(Category.class, request.category()) == null) {
            throw new InvalidOfferException(InvalidOfferException.Field.CATEGORY, "A product new to the catalog needs a department");
        }
        Product product = new Product(gtin, request.title().strip());
        product.setCategory(request.category());
        if (request.brand() != null && !request.brand().isBlank()) {
            product.setBrand(request.brand().strip());
        }
        if (request.netContent() != null && !request.netContent().isBlank()) {
            product.setNetContent(NetContent.parse(request.netContent()).orElseThrow(() -> new InvalidOfferException(
                    InvalidOfferException.Field.NET_CONTENT, "The content must be an amount with a unit, e.g. 500 g")));
        }
        product.setImageUrl(imageUrl);
        em.persist(product);
        em.flush();
        if (photo != null) {
            images.store(product.getId(), photo, null);
            product.setImageUrl(ProductImages.path(product.getId()));
        } else if (imageUrl != null) {
            imageFetches.queue(product.getId(), imageUrl);
        }
        return product;
    }

    /** One of the caller's offers, for a page that shows or edits it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferRow ownedOfferRow(Actor actor, long offerId) {
        return toRow(ownedOffer(actor, offerId));
    }

    /** An offer as any shopper may see it, e.g. to put it into the bag; empty when it is gone. */
    public Optional<OfferRow> findPublicOffer(long offerId) {
        return Optional.ofNullable(em.find(Offer.class, offerId))
                .filter(o -> o.getStore().getMerchant().isActive())
                .map(InventoryService::toRow);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfferRow> findOffers(Actor actor, OfferQuery query) {
        actor.requireMerchant(query.merchantId());
        String jpql = "select o from Offer o join fetch o.store s join fetch o.product p"
                + " where s.merchant.id = :merchant" + textCondition(query)
                + " order by " + query.sortField().path() + (query.ascending() ? " asc" : " desc") + ", o.id";
        TypedQuery<Offer> q = em.createQuery(jpql, Offer.class).setParameter("merchant", query.merchantId());
        bindText(q, query);
        return q.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList()
                .stream().map(InventoryService::toRow).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOffers(Actor actor, OfferQuery query) {
        actor.requireMerchant(query.merchantId());
        String jpql = "select count(o) from Offer o join o.store s join o.product p where s.merchant.id = :merchant"
                + textCondition(query);
        TypedQuery<Long> q = em.createQuery(jpql, Long.class).setParameter("merchant", query.merchantId());
        bindText(q, query);
        return q.getSingleResult();
    }

    private static String textCondition(OfferQuery query) {
        StringBuilder condition = new StringBuilder();
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            condition.append(" and (lower(p.title) like :w").append(i).append(" or lower(p.brand) like :w").append(i)
                    .append(" or lower(s.name) like :w").append(i).append(" or p.gtin = :exact)");
        }
        if (query.lowStockOnly()) {
            condition.append(" and o.quantity - o.held < ").append(Availability.IN_STOCK_FROM);
        }
        return condition.toString();
    }

    private static void bindText(TypedQuery<?> q, OfferQuery query) {
        List<String> words = words(query);
        for (int i = 0; i < words.size(); i++) {
            String escaped = words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.setParameter("w" + i, "%" + escaped + "%");
        }
        if (!words.isEmpty()) {
            q.setParameter("exact", query.text().strip());
        }
    }

    private static List<String> words(OfferQuery query) {
        if (query.text() == null || query.text().isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.text().strip().toLowerCase(Locale.GERMAN).split("\\s+")).distinct()
                .limit(OfferQuery.MAX_WORDS).toList();
    }

    private Offer ownedOffer(Actor actor, long offerId) {
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null) {
            throw new NotFoundException("No offer " + offerId);
        }
        actor.requireMerchant(offer.getStore().getMerchant().getId());
        return offer;
    }

    private List<Offer> ownedOffers(Actor actor, Collection<Long> offerIds) {
        if (offerIds.isEmpty() || offerIds.size() > 500) {
            throw new IllegalArgumentException("Choose 1 to 500 offers");
        }
        List<Long> sorted = offerIds.stream().distinct().sorted().toList();
        return sorted.stream().map(id -> ownedOffer(actor, id)).toList();
    }

    private void announce(Offer offer) {
        outbox.announce(Aggregate.PRODUCT, offer.getProduct().getId());
    }

    static OfferRow toRow(Offer o) {
        return new OfferRow(o.getId(), o.getStore().getId(), o.getStore().getName(), o.getProduct().getId(),
                o.getProduct().getGtin(), o.getProduct().getTitle(), o.getProduct().getBrand(),
                o.getProduct().getCategory(), o.getPrice(), o.getQuantity(), o.getHeld(), o.getStockUpdatedAt(),
                o.getSource(), o.getProduct().findNetContent().orElse(null));
    }
}
