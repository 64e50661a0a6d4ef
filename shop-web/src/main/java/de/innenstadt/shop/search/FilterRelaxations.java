// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.search;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.merchant.ShopDirectory;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchParameters;
import de.innenstadt.search.SearchResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * When filters leave nothing, which filter removed how much: „Ohne ‚Jetzt geöffnet‘: 12 Produkte“,
 * with a link to the search without it, and for „open now“ when the first of those shops opens.
 * A shopper learns what to drop instead of being told to try another word.
 */
@ApplicationScoped
public class FilterRelaxations {

    /** The filters a shopper can drop, each with the parameters it consists of. */
    private static final Map<String, List<String>> FILTERS = Map.of(
            "category", List.of("category"), "brand", List.of("brand"), "shop", List.of("shop"),
            "color", List.of("color"), "variantSize", List.of("variantSize"),
            "price", List.of("priceMin", "priceMax"), "inStock", List.of("inStock"), "openNow", List.of("openNow"),
            "pickupToday", List.of("pickupToday"), "radiusKm", List.of("radiusKm"));
    /** How far ahead „opens at“ looks: a week covers every weekly rhythm and most holidays. */
    private static final int DAYS_AHEAD = 7;

    /** A filter whose removal would find something. */
    public record Relaxation(String filter, long count, String link, Optional<LocalDateTime> firstOpening) {
    }

    @Inject
    private ProductSearch search;

    @Inject
    private ShopDirectory shops;

    @Inject
    private CitySettingsService city;

    @Inject
    private Clock clock;

    /**
     * For each applied filter, what the search finds without it, most found first; only filters
     * whose removal finds something.
     */
    public List<Relaxation> of(SearchParameters.Parsed parsed, Function<String, String> raw,
            Optional<double[]> fallbackPosition) {
        List<Relaxation> relaxations = new ArrayList<>();
        for (Map.Entry<String, List<String>> filter : FILTERS.entrySet()) {
            List<String> names = filter.getValue();
            if (names.stream().noneMatch(parsed.applied()::containsKey)) {
                continue;
            }
            SearchParameters.Parsed without = SearchParameters.parse(name -> names.contains(name) ? null : raw.apply(name),
                    parsed.request().size(), fallbackPosition);
            SearchResult result = search.search(without.request().onPage(0));
            if (result.total() > 0) {
                Map<String, String> removed = new HashMap<>();
                names.forEach(name -> removed.put(name, null));
                relaxations.add(new Relaxation(filter.getKey(), result.total(),
                        "/search?" + parsed.queryStringWith(removed),
                        "openNow".equals(filter.getKey()) ? firstOpening(result) : Optional.empty()));
            }
        }
        relaxations.sort(Comparator.comparingLong(Relaxation::count).reversed());
        return List.copyOf(relaxations);
    }

    /** When the first store among the results opens, by its calendar (holidays and exceptions included). */
    private Optional<LocalDateTime> firstOpening(SearchResult result) {
        Set<Long> storeIds = new LinkedHashSet<>();
        result.hits().forEach(hit -> hit.offers().forEach(offer -> storeIds.add(offer.storeId())));
        ZoneId zone = city.current().getZone();
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        Set<LocalDate> holidays = city.holidaysAroundNow();
        return shops.stores(storeIds).values().stream()
                .map(StoreProfile::calendar)
                .map(calendar -> calendar.findOpeningBetween(now, now.plusDays(DAYS_AHEAD), holidays))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }
}
