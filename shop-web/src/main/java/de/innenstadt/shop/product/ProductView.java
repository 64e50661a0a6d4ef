// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.product;

import de.innenstadt.core.catalog.ArticleVariants;
import de.innenstadt.core.catalog.Categories;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.inventory.OfferListing;
import de.innenstadt.core.inventory.ProductListing;
import de.innenstadt.core.inventory.ProductListings;
import de.innenstadt.core.inventory.UnitPrice;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.ShopDirectory;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import de.innenstadt.shop.city.CityView;
import de.innenstadt.shop.city.ErrorPages;
import de.innenstadt.shop.seo.JsonLd;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The product page at {@code /product?id=…}: every store that has the product, with price, stock
 * and how fresh that figure is, today's opening hours and the distance when the shopper's position
 * came along from the search. Read from the database, not the index, so the stock shown is the truth.
 */
@Named
@RequestScoped
public class ProductView {

    /** One store's offer as the page shows it. */
    public record OfferLine(long offerId, StoreProfile store, String price, String unitPrice, String availability, String stockAge,
            String distance, String hoursToday, boolean openNow, String opensNext, boolean reservable) {
    }

    @Inject
    private ProductListings listings;

    @Inject
    private ShopDirectory shops;

    @Inject
    private Categories categories;

    @Inject
    private CitySettingsService city;

    @Inject
    private CityView cityView;

    @Inject
    private Clock clock;

    private String id;
    private String lat;
    private String lon;

    private ProductListing product;
    private List<ArticleVariants.Option> colorChoices = List.of();
    private List<ArticleVariants.Option> sizeChoices = List.of();
    private String categoryName;
    private List<OfferLine> offers = List.of();
    private String jsonLd;

    public void load() {
        long productId;
        try {
            productId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            ErrorPages.notFound("No such product");
            return;
        }
        product = listings.load(List.of(productId)).stream().filter(listing -> listing.productId() == productId)
                .findFirst().orElse(null);
        if (product == null) {
            ErrorPages.notFound("No such product");
            return;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        categoryName = categories.all().stream().filter(c -> c.getSlug().equals(product.category())).findFirst()
                .map(c -> c.name(locale)).orElse(product.categoryName());
        Map<Long, StoreProfile> stores = shops.stores(product.offers().stream().map(OfferListing::storeId).toList());
        GeoPoint position = position();
        Set<LocalDate> holidays = city.holidaysAroundNow();
        LocalDateTime now = LocalDateTime.now(clock.withZone(cityView.zone()));
        record Ranked(OfferLine line, double rank) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (OfferListing offer : product.offers()) {
            StoreProfile store = stores.get(offer.storeId());
            if (store == null) {
                continue;
            }
            Double km = position == null ? null : position.distanceKm(store.location());
            OfferLine line = new OfferLine(offer.offerId(), store, cityView.price(offer.price()),
                    cityView.unitPrice(UnitPrice.of(offer.price(), product.netContent()).orElse(null)),
                    offer.availability().name().toLowerCase(Locale.ROOT), cityView.stockAge(offer.stockUpdatedAt()),
                    km == null ? null : cityView.distance(km),
                    cityView.hours(store.hoursOn(now.toLocalDate(), holidays)), store.calendar().isOpenAt(now, holidays),
                    store.calendar().isOpenAt(now, holidays) ? ""
                            : cityView.opensNext(store.calendar().findOpeningBetween(now, now.plusWeeks(1), holidays), now.toLocalDate()),
                    store.pickupEnabled() && offer.available() > 0);
            ranked.add(new Ranked(line, km == null ? offer.price().cents() : km));
        }
        // stores that have it on the shelf first, as on the results page: a cheaper empty shelf helps nobody
        offers = ranked.stream().sorted(Comparator.comparing((Ranked r) -> "out_of_stock".equals(r.line().availability()))
                .thenComparingDouble(Ranked::rank)).map(Ranked::line).toList();
        jsonLd = JsonLd.product(product, categoryName, stores, cityView.getPublicUrl());
        ArticleVariants.around(listings.variantsOf(productId), productId).ifPresent(choice -> {
            colorChoices = choice.colors();
            sizeChoices = choice.sizes();
        });
    }

    private GeoPoint position() {
        if (lat == null || lon == null) {
            return null;
        }
        try {
            double latitude = Double.parseDouble(lat.strip());
            double longitude = Double.parseDouble(lon.strip());
            return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? GeoPoint.of(latitude, longitude) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The meta description: what search engines show under the title. */
    public String getDescription() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return MessageFormat.format(ResourceBundle.getBundle("de.innenstadt.shop.messages", locale)
                .getString("product.description"), product.title(), cityView.getName());
    }

    /** The article's colours, each leading to its variant; empty when there is no colour to choose. */
    public List<ArticleVariants.Option> getColorChoices() {
        return colorChoices;
    }

    /** The article's sizes in shelf order, in the current colour where it has them; empty when there is no size to choose. */
    public List<ArticleVariants.Option> getSizeChoices() {
        return sizeChoices;
    }

    /** The link to another variant, keeping the shopper's position for distances. */
    public String variantLink(long productId) {
        return "/product?id=" + productId + (position() == null ? "" : "&lat=" + lat.strip() + "&lon=" + lon.strip());
    }

    public ProductListing getProduct() {
        return product;
    }

    public String getCategoryName() {
        return categoryName;
    }

    /** What one piece holds („500 g“) in the page's language; empty for goods sold by the piece. */
    public String getNetContent() {
        return product == null || product.netContent() == null ? ""
                : product.netContent().format(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<OfferLine> getOffers() {
        return offers;
    }

    public String getJsonLd() {
        return jsonLd;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }
}
