// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.search;

import de.innenstadt.core.catalog.Categories;
import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.ShopDirectory;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchParameters;
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
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results page at {@code /search?q=…&category=…&openNow=true…}: a GET request in, a page out, so
 * every search is a bookmarkable URL and works without JavaScript. Facets are links that change one
 * parameter; the filter form sends the rest along as hidden fields.
 *
 * <p>Parameters are those of the REST API, read by {@link SearchParameters}. Parameters that make no
 * sense (a radius of 1000 km, a page number in letters) are dropped and the shopper is told so,
 * rather than answering with an error page for a hand-edited link; a page past the last one shows
 * the last one.
 */
@Named
@RequestScoped
public class SearchView {

    private static final List<String> FILTER_NAMES = List.of("openNow", "inStock", "pickupToday", "radiusKm", "category", "shop",
            "brand", "price", "variantSize", "color");

    private static final Logger LOG = Logger.getLogger(SearchView.class.getName());
    private static final int PAGE_SIZE = 20;
    /** Radius choices offered in the form, in km. */
    private static final List<Integer> RADII = List.of(1, 2, 5, 10);
    /** Price facet keys as Elasticsearch's range buckets name them: "10-25", "250-". */
    private static final Pattern PRICE_BUCKET = Pattern.compile("(\\d{1,6})-(\\d{1,6})?");
    /** Facet choices that the filter form carries along as hidden fields. */
    private static final List<String> HIDDEN = List.of("category", "brand", "shop", "color", "variantSize",
            "priceMin", "priceMax", "lat", "lon", "size");

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

    @Inject
    private FilterRelaxations relaxations;

    private SearchParameters.Parsed parsed;
    private Map<String, String> raw;
    private Optional<double[]> cityCentre;
    private List<FilterRelaxations.Relaxation> relaxationList;
    private SearchResult result = SearchResult.empty(PAGE_SIZE);
    private boolean unavailable;
    private boolean pastLastPage;
    private List<StoreProfile> stores = List.of();
    private Map<String, String> categoryNames;
    private Map<String, String> shopNames;

    public void load() {
        raw = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        GeoPoint centre = city.current().getMapCenter();
        cityCentre = Optional.of(new double[] {centre.latitude().doubleValue(), centre.longitude().doubleValue()});
        parsed = SearchParameters.parse(raw::get, PAGE_SIZE, cityCentre);
        SearchRequest request = parsed.request();
        try {
            result = search.search(request);
            int lastPage = (int) Math.max(0, (result.total() - 1) / request.size());
            if (request.page() > lastPage && result.total() > 0) {
                pastLastPage = true;
                result = search.search(request.onPage(lastPage));
            }
            if (request.page() == 0) {
                counter.count(request.text(), result.total());
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

    /**
     * When filters left nothing: which filter to drop to find how much, most first; computed only
     * for such a page, since it asks the index once per applied filter.
     */
    public List<FilterRelaxations.Relaxation> getRelaxations() {
        if (relaxationList == null) {
            relaxationList = unavailable || result.total() > 0 || !parsed.filtered() ? List.of()
                    : relaxations.of(parsed, raw::get, cityCentre);
        }
        return relaxationList;
    }

    /** „Mo, 09:30“: when a store opens, in the visitor's language. */
    public String opening(LocalDateTime when) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return when.format(DateTimeFormatter.ofPattern("EEE, HH:mm", locale));
    }

    /** This search with one parameter changed (null removes it), back on the first page. */
    public String link(String name, String value) {
        return url(parsed.queryStringWith(mapOf(name, value)));
    }

    /** This search with a facet value chosen, or removed when it is already chosen. */
    public String facetLink(String facet, String value) {
        boolean chosen = isFacetApplied(facet, value);
        if (!"price".equals(facet)) {
            return link(facet, chosen ? null : value);
        }
        Matcher bucket = PRICE_BUCKET.matcher(value);
        Map<String, String> changes = new HashMap<>();
        changes.put("priceMin", chosen || !bucket.matches() ? null : bucket.group(1));
        changes.put("priceMax", chosen || !bucket.matches() ? null : bucket.group(2));
        return url(parsed.queryStringWith(changes));
    }

    /** This search without a facet's choice. */
    public String removeFacetLink(String facet) {
        return "price".equals(facet) ? url(parsed.queryStringWith(mapOf("priceMin", null, "priceMax", null)))
                : link(facet, null);
    }

    public boolean isFacetApplied(String facet, String value) {
        return value.equals(applied(facet));
    }

    /** This search from a place (coordinates as in the address) by distance; from the centre again for "" (EL's null). */
    public String fromLink(String lat, String lon) {
        boolean centre = lat == null || lat.isEmpty() || lon == null || lon.isEmpty();
        Map<String, String> changes = centre ? mapOf("lat", null, "lon", null) : mapOf("lat", lat, "lon", lon, "sort", "distance");
        return url(parsed.queryStringWith(changes));
    }

    public String pageLink(int number) {
        return url(parsed.queryStringWith(mapOf("page", number > 0 ? String.valueOf(number) : null)));
    }

    /** The product page link, carrying the position so distances can be shown there too. */
    public String productLink(long productId) {
        StringBuilder link = new StringBuilder("/product?id=").append(productId);
        if (parsed.applied().containsKey("lat")) {
            link.append("&lat=").append(encode(parsed.applied().get("lat")))
                    .append("&lon=").append(encode(parsed.applied().get("lon")));
        }
        return link.toString();
    }

    private static String url(String queryString) {
        return "/search" + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    private static Map<String, String> mapOf(String... nameValuePairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return map;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Hidden fields for the filter form: the facet choices that the form itself does not show. */
    public List<Map.Entry<String, String>> getHiddenFilters() {
        List<Map.Entry<String, String>> hidden = new ArrayList<>();
        for (String name : HIDDEN) {
            if (parsed.applied().containsKey(name)) {
                hidden.add(Map.entry(name, parsed.applied().get(name)));
            }
        }
        return hidden;
    }

    /**
     * The applied value of a parameter, "" when none; {@code price} answers with the price facet's
     * key ("10-25") so that the facet list can mark its choice.
     */
    public String applied(String name) {
        if ("price".equals(name)) {
            String min = parsed.applied().get("priceMin");
            String max = parsed.applied().get("priceMax");
            return min == null && max == null ? "" : (min == null ? "0" : min) + "-" + (max == null ? "" : max);
        }
        return parsed.applied().getOrDefault(name, "");
    }

    public List<FacetValue> facet(String name) {
        return result.facets().getOrDefault(name, List.of());
    }

    public String facetLabel(String facet, String value) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return switch (facet) {
            case "category" -> categoryName(value);
            case "shop" -> shopNames().getOrDefault(value, value);
            case "price" -> priceLabel(value, locale);
            default -> value;
        };
    }

    /** The department's name in the visitor's language, for the heading and the facet list. */
    public String categoryName(String slug) {
        if (categoryNames == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            categoryNames = new LinkedHashMap<>();
            categories.all().forEach(c -> categoryNames.put(c.getSlug(), c.name(locale)));
        }
        return categoryNames.getOrDefault(slug, slug);
    }

    private Map<String, String> shopNames() {
        if (shopNames == null) {
            shopNames = shops.shopNames();
        }
        return shopNames;
    }

    private static String priceLabel(String key, Locale locale) {
        Matcher m = PRICE_BUCKET.matcher(key);
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
        return result.page() + 1 < getPageCount();
    }

    public int getPageNumber() {
        return result.page() + 1;
    }

    /** Pages a visitor can reach: all results, but no further than the last page the API serves. */
    public int getPageCount() {
        long pages = (result.total() + result.size() - 1) / result.size();
        return (int) Math.max(1, Math.min(pages, SearchRequest.MAX_PAGE + 1L));
    }

    /**
     * „in 6 Größen, 3 Farben, bei 4 Geschäften“: what a shopper can choose from of the article; empty
     * for a product without variants.
     */
    public String variantSummary(SearchResult.ProductHit hit) {
        SearchResult.ArticleSummary article = hit.article();
        if (!article.hasChoice()) {
            return "";
        }
        ResourceBundle messages = messages();
        List<String> choices = new ArrayList<>();
        if (article.sizes().size() > 1) {
            choices.add(MessageFormat.format(messages.getString("article.sizes"), article.sizes().size()));
        }
        if (article.colors().size() > 1) {
            choices.add(MessageFormat.format(messages.getString("article.colors"), article.colors().size()));
        }
        if (choices.isEmpty()) {
            choices.add(MessageFormat.format(messages.getString("article.variants"), article.variantCount()));
        }
        return MessageFormat.format(messages.getString("article.choice"), String.join(", ", choices))
                + ", " + MessageFormat.format(messages.getString("article.stores"), article.storeCount());
    }

    /** The colour and size of the variant whose offers the hit shows („grau, Gr. 40“); empty without variants. */
    public String shownVariant(SearchResult.ProductHit hit) {
        SearchResult.ArticleSummary article = hit.article();
        if (!article.hasChoice()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (article.color() != null) {
            parts.add(article.color());
        }
        if (article.size() != null) {
            parts.add(MessageFormat.format(messages().getString("article.size"), article.size()));
        }
        return String.join(", ", parts);
    }

    private ResourceBundle messages() {
        return ResourceBundle.getBundle("de.innenstadt.shop.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String price(SearchResult.OfferHit offer) {
        return cityView.price(offer.priceCents(), offer.currency());
    }

    /** The Grundpreis beside an offer's price („1 kg = 13,98 €“); empty for goods sold by the piece. */
    public String unitPrice(SearchResult.ProductHit hit, SearchResult.OfferHit offer) {
        return cityView.unitPrice(hit.unitPrice(offer).orElse(null));
    }

    public List<StoreProfile> getStores() {
        return stores;
    }

    public boolean isFromCityCentre() {
        return parsed.fallbackPosition();
    }

    public boolean isFiltered() {
        return parsed.filtered();
    }

    /** How many filters and choices narrow the results, for the disclosure's summary „Filter (2)“. */
    public int getActiveFilterCount() {
        return (int) FILTER_NAMES.stream().filter(name -> !applied(name).isEmpty()).count();
    }

    /**
     * Whether the filters are open when the page arrives: when nothing was found, since changing them is then the
     * next step. Otherwise results come first on a phone; wide screens show the filters anyway (shop.css).
     */
    public boolean isFiltersOpen() {
        return result == null || result.total() == 0;
    }

    /** The words searched for, as applied ("" for a department or a filter alone). */
    public String getQuery() {
        return parsed.request().text();
    }

    public SearchResult getResult() {
        return result;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public boolean isInvalid() {
        return !parsed.problems().isEmpty();
    }

    public boolean isPastLastPage() {
        return pastLastPage;
    }
}
