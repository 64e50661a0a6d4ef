// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.search;

import de.innenstadt.core.catalog.Categories;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.ShopDirectory;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchRequest;
import de.innenstadt.search.SearchResult;
import de.innenstadt.search.SearchResult.FacetValue;
import de.innenstadt.search.SearchUnavailableException;
import de.innenstadt.shop.city.CityView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The results page at {@code /search?q=…&category=…&openNow=true…}: a GET request in, a page out, so
 * every search is a bookmarkable URL and works without JavaScript. Facets are links that change one
 * parameter; the filter form sends the rest along as hidden fields.
 *
 * <p>Parameters that make no sense (a radius of 1000 km, a page number in letters) are dropped and
 * the shopper is told so, rather than answering with an error page for a hand-edited link.
 */
@Named
@RequestScoped
public class SearchView {

    private static final Logger LOG = Logger.getLogger(SearchView.class.getName());
    private static final int PAGE_SIZE = 20;
    /** Radius choices offered in the form, in km. */
    private static final List<Integer> RADII = List.of(1, 2, 5, 10);
    private static final Pattern PRICE = Pattern.compile("(\\d{1,6})-(\\d{1,6})?");
    private static final List<String> ORDER = List.of("q", "category", "brand", "shop", "price", "openNow", "inStock",
            "radius", "lat", "lon", "sort", "page");

    @Inject
    private ProductSearch search;

    @Inject
    private SearchCounter counter;

    @Inject
    private Categories categories;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CitySettingsService city;

    @Inject
    private CityView cityView;

    private String query;
    private String category;
    private String brand;
    private String shop;
    private String price;
    private String openNow;
    private String inStock;
    private String radius;
    private String lat;
    private String lon;
    private String sort;
    private String page;

    private final Map<String, String> applied = new LinkedHashMap<>();
    private SearchResult result = new SearchResult(0, 0, PAGE_SIZE, List.of(), Map.of());
    private boolean unavailable;
    private boolean invalid;
    private boolean fromCityCentre;
    private List<StoreProfile> stores = List.of();
    private Map<String, String> categoryNames;
    private Map<String, String> shopNames;

    public void load() {
        String text = query == null ? "" : query.strip();
        if (text.length() > SearchRequest.MAX_TEXT) {
            text = text.substring(0, SearchRequest.MAX_TEXT);
            invalid = true;
        }
        put("q", text);
        put("category", token(category));
        put("brand", limited(brand));
        put("shop", token(shop));
        Long minCents = null;
        Long maxCents = null;
        if (price != null && !price.isBlank()) {
            Matcher m = PRICE.matcher(price.strip());
            if (m.matches()) {
                minCents = Long.parseLong(m.group(1)) * 100;
                maxCents = m.group(2) == null ? null : Long.parseLong(m.group(2)) * 100;
                put("price", price.strip());
            } else {
                invalid = true;
            }
        }
        boolean open = flag("openNow", openNow);
        boolean stocked = flag("inStock", inStock);
        Double radiusKm = null;
        if (radius != null && !radius.isBlank()) {
            if (RADII.stream().map(String::valueOf).anyMatch(radius.strip()::equals)) {
                radiusKm = Double.valueOf(radius.strip());
                put("radius", radius.strip());
            } else {
                invalid = true;
            }
        }
        SearchRequest.Sort order = sortOrder();
        Double[] position = position();
        if (position == null && (radiusKm != null || order == SearchRequest.Sort.DISTANCE)) {
            GeoPoint centre = city.current().getMapCenter();
            position = new Double[] {centre.latitude().doubleValue(), centre.longitude().doubleValue()};
            fromCityCentre = true;
        }
        int pageNumber = pageNumber();
        SearchRequest request;
        try {
            request = new SearchRequest(text, position == null ? null : position[0], position == null ? null : position[1],
                    radiusKm, applied.get("category"), applied.get("brand"), applied.get("shop"), minCents, maxCents,
                    stocked, open, order, pageNumber, PAGE_SIZE);
        } catch (IllegalArgumentException e) {
            invalid = true;
            request = SearchRequest.of(text);
            applied.keySet().retainAll(Set.of("q"));
        }
        try {
            result = search.search(request);
            if (pageNumber == 0) {
                counter.count(text, result.total());
            }
        } catch (SearchUnavailableException e) {
            LOG.log(Level.WARNING, "Search unavailable for the results page", e);
            unavailable = true;
            return;
        }
        Set<Long> storeIds = new LinkedHashSet<>();
        result.hits().forEach(hit -> hit.offers().forEach(offer -> storeIds.add(offer.storeId())));
        stores = List.copyOf(shops.stores(storeIds).values());
    }

    private void put(String name, String value) {
        if (value != null && !value.isEmpty()) {
            applied.put(name, value);
        }
    }

    private String token(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*") || value.length() > 80) {
            invalid = true;
            return null;
        }
        return value;
    }

    private String limited(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 120) {
            invalid = true;
            return null;
        }
        return raw.strip();
    }

    private boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        if (!raw.strip().equals("true")) {
            invalid = true;
            return false;
        }
        applied.put(name, "true");
        return true;
    }

    private SearchRequest.Sort sortOrder() {
        if (sort == null || sort.isBlank() || sort.strip().equals("relevance")) {
            return SearchRequest.Sort.RELEVANCE;
        }
        switch (sort.strip()) {
            case "price" -> {
                applied.put("sort", "price");
                return SearchRequest.Sort.PRICE;
            }
            case "distance" -> {
                applied.put("sort", "distance");
                return SearchRequest.Sort.DISTANCE;
            }
            default -> {
                invalid = true;
                return SearchRequest.Sort.RELEVANCE;
            }
        }
    }

    private Double[] position() {
        if ((lat == null || lat.isBlank()) && (lon == null || lon.isBlank())) {
            return null;
        }
        if (lat == null || lon == null) {
            invalid = true;
            return null;
        }
        try {
            double latitude = Double.parseDouble(lat.strip());
            double longitude = Double.parseDouble(lon.strip());
            if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                put("lat", lat.strip());
                put("lon", lon.strip());
                return new Double[] {latitude, longitude};
            }
        } catch (NumberFormatException e) {
            LOG.log(Level.FINE, "Position ignored", e);
        }
        invalid = true;
        return null;
    }

    private int pageNumber() {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 0 && number <= SearchRequest.MAX_PAGE) {
                if (number > 0) {
                    applied.put("page", String.valueOf(number));
                }
                return number;
            }
        } catch (NumberFormatException e) {
            LOG.log(Level.FINE, "Page number ignored", e);
        }
        invalid = true;
        return 0;
    }

    /** This search with one parameter changed (null removes it), back on the first page. */
    public String link(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>(applied);
        params.remove("page");
        if (value == null || value.isEmpty()) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return url(params);
    }

    public String pageLink(int number) {
        Map<String, String> params = new LinkedHashMap<>(applied);
        if (number > 0) {
            params.put("page", String.valueOf(number));
        } else {
            params.remove("page");
        }
        return url(params);
    }

    /** The product page link, carrying the position so distances can be shown there too. */
    public String productLink(long productId) {
        StringBuilder link = new StringBuilder("/product?id=").append(productId);
        if (applied.containsKey("lat")) {
            link.append("&lat=").append(encode(applied.get("lat"))).append("&lon=").append(encode(applied.get("lon")));
        }
        return link.toString();
    }

    private static String url(Map<String, String> params) {
        return "/search" + (params.isEmpty() ? "" : "?" + ORDER.stream().filter(params::containsKey)
                .map(k -> k + "=" + encode(params.get(k))).collect(Collectors.joining("&")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Hidden fields for the filter form: the facet choices that the form itself does not show. */
    public List<Map.Entry<String, String>> getHiddenFilters() {
        List<Map.Entry<String, String>> hidden = new ArrayList<>();
        for (String name : List.of("category", "brand", "shop", "price", "lat", "lon")) {
            if (applied.containsKey(name)) {
                hidden.add(Map.entry(name, applied.get(name)));
            }
        }
        return hidden;
    }

    public String applied(String name) {
        return applied.getOrDefault(name, "");
    }

    public List<FacetValue> facet(String name) {
        return result.facets().getOrDefault(name, List.of());
    }

    public String facetLabel(String facet, String value) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return switch (facet) {
            case "category" -> categoryNames(locale).getOrDefault(value, value);
            case "shop" -> shopNames().getOrDefault(value, value);
            case "price" -> priceLabel(value, locale);
            default -> value;
        };
    }

    private Map<String, String> categoryNames(Locale locale) {
        if (categoryNames == null) {
            categoryNames = new LinkedHashMap<>();
            categories.all().forEach(c -> categoryNames.put(c.getSlug(), c.name(locale)));
        }
        return categoryNames;
    }

    private Map<String, String> shopNames() {
        if (shopNames == null) {
            shopNames = shops.shopNames();
        }
        return shopNames;
    }

    private static String priceLabel(String key, Locale locale) {
        Matcher m = PRICE.matcher(key);
        if (!m.matches()) {
            return key;
        }
        boolean english = "en".equals(locale.getLanguage());
        if (m.group(2) == null) {
            return (english ? "from " : "ab ") + m.group(1) + " €";
        }
        if ("0".equals(m.group(1))) {
            return (english ? "under " : "unter ") + m.group(2) + " €";
        }
        return m.group(1) + "–" + m.group(2) + " €";
    }

    public List<Integer> getRadii() {
        return RADII;
    }

    public boolean isHasPrevious() {
        return result.page() > 0;
    }

    public boolean isHasNext() {
        return (long) (result.page() + 1) * result.size() < result.total() && result.page() < SearchRequest.MAX_PAGE;
    }

    public int getPageNumber() {
        return result.page() + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (result.total() + result.size() - 1) / result.size());
    }

    public String price(SearchResult.OfferHit offer) {
        return cityView.price(offer.priceCents(), offer.currency());
    }

    public List<StoreProfile> getStores() {
        return stores;
    }

    public boolean isFromCityCentre() {
        return fromCityCentre;
    }

    public boolean isFiltered() {
        return applied.keySet().stream().anyMatch(k -> !k.equals("q") && !k.equals("page") && !k.equals("sort"));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getShop() {
        return shop;
    }

    public void setShop(String shop) {
        this.shop = shop;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getOpenNow() {
        return openNow;
    }

    public void setOpenNow(String openNow) {
        this.openNow = openNow;
    }

    public String getInStock() {
        return inStock;
    }

    public void setInStock(String inStock) {
        this.inStock = inStock;
    }

    public String getRadius() {
        return radius;
    }

    public void setRadius(String radius) {
        this.radius = radius;
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

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public SearchResult getResult() {
        return result;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isInvalid() {
        return invalid;
    }
}
