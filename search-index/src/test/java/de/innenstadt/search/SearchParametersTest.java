// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.search.SearchParameters.Parsed;
import de.innenstadt.search.SearchParameters.Reason;
import de.innenstadt.search.SearchRequest.Sort;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

    private static final double[] CITY_CENTRE = {49.4447, 7.7690};

    private static Parsed parse(Map<String, String> raw) {
        return SearchParameters.parse(raw::get, 20, Optional.empty());
    }

    @Test
    void readsEveryParameterOfTheVocabulary() {
        Parsed parsed = parse(Map.ofEntries(Map.entry("q", " Müsli "), Map.entry("category", "feinkost"),
                Map.entry("brand", "Pfälzer Landküche"), Map.entry("shop", "kaffeehaus-am-markt"),
                Map.entry("priceMin", "2,50"), Map.entry("priceMax", "54,90"), Map.entry("inStock", "true"),
                Map.entry("openNow", "1"), Map.entry("pickupToday", "on"), Map.entry("lat", "49.44"),
                Map.entry("lon", "7.77"), Map.entry("radiusKm", "2"), Map.entry("sort", "distance"),
                Map.entry("page", "3"), Map.entry("size", "10")));
        SearchRequest request = parsed.request();
        assertThat(parsed.problems()).isEmpty();
        assertThat(request.text()).isEqualTo("Müsli");
        assertThat(request.category()).isEqualTo("feinkost");
        assertThat(request.brand()).isEqualTo("Pfälzer Landküche");
        assertThat(request.priceMinCents()).isEqualTo(250);
        assertThat(request.priceMaxCents()).isEqualTo(5490);
        assertThat(request.inStockOnly()).isTrue();
        assertThat(request.openNow()).isTrue();
        assertThat(request.pickupToday()).isTrue();
        assertThat(request.radiusKm()).isEqualTo(2.0);
        assertThat(request.sort()).isEqualTo(Sort.DISTANCE);
        assertThat(request.page()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(10);
        assertThat(SearchParameters.queryString(parsed.applied())).isEqualTo("q=M%C3%BCsli&category=feinkost"
                + "&brand=Pf%C3%A4lzer+Landk%C3%BCche&shop=kaffeehaus-am-markt&priceMin=2.5&priceMax=54.9"
                + "&inStock=true&openNow=true&pickupToday=true&lat=49.44&lon=7.77&radiusKm=2&sort=distance&page=3&size=10");
    }

    @Test
    void dropsWhatItCannotApplyAndSaysWhy() {
        Parsed parsed = parse(Map.of("q", "schuhe", "priceMin", "1e308", "page", "fünf", "radiusKm", "1000",
                "category", "<script>", "openNow", "vielleicht"));
        assertThat(parsed.problems()).extracting(SearchParameters.Problem::parameter)
                .containsExactlyInAnyOrder("priceMin", "page", "radiusKm", "category", "openNow");
        assertThat(parsed.problems()).extracting(SearchParameters.Problem::reason)
                .contains(Reason.NOT_AN_AMOUNT, Reason.NOT_A_NUMBER, Reason.OUT_OF_RANGE, Reason.NOT_A_SLUG, Reason.NOT_A_FLAG);
        assertThat(parsed.request().text()).isEqualTo("schuhe");
        assertThat(parsed.request().priceMinCents()).isNull();
        assertThat(parsed.request().page()).isZero();
        assertThat(parsed.applied()).containsOnlyKeys("q");
    }

    @Test
    void aRadiusWithoutPositionUsesTheFallbackOrIsAProblem() {
        Parsed withoutFallback = parse(Map.of("q", "jacke", "radiusKm", "2"));
        assertThat(withoutFallback.problems()).extracting(SearchParameters.Problem::reason).containsExactly(Reason.NEEDS_POSITION);
        assertThat(withoutFallback.request().radiusKm()).isNull();

        Parsed withFallback = SearchParameters.parse(Map.of("q", "jacke", "radiusKm", "2")::get, 20, Optional.of(CITY_CENTRE));
        assertThat(withFallback.problems()).isEmpty();
        assertThat(withFallback.fallbackPosition()).isTrue();
        assertThat(withFallback.request().lat()).isEqualTo(CITY_CENTRE[0]);
        assertThat(withFallback.applied()).doesNotContainKeys("lat", "lon");
    }

    @Test
    void aMinimumAboveTheMaximumDropsTheMaximum() {
        Parsed parsed = parse(Map.of("priceMin", "50", "priceMax", "10"));
        assertThat(parsed.problems()).extracting(SearchParameters.Problem::reason).containsExactly(Reason.MIN_ABOVE_MAX);
        assertThat(parsed.request().priceMinCents()).isEqualTo(5000);
        assertThat(parsed.request().priceMaxCents()).isNull();
    }

    @Test
    void aTooLongQueryIsShortenedAndReported() {
        Parsed parsed = parse(Map.of("q", "a".repeat(250)));
        assertThat(parsed.request().text()).hasSize(SearchRequest.MAX_TEXT);
        assertThat(parsed.problems()).extracting(SearchParameters.Problem::reason).containsExactly(Reason.TOO_LONG);
    }

    @Test
    void linksChangeOneThingAndGoBackToTheFirstPage() {
        Parsed parsed = parse(Map.of("q", "käse", "brand", "Pfälzer Landküche", "page", "2"));
        assertThat(parsed.queryStringWith(Map.of("brand", ""))).isEqualTo("q=k%C3%A4se");
        assertThat(parsed.queryStringWith(Map.of("priceMin", "10", "priceMax", "25")))
                .isEqualTo("q=k%C3%A4se&brand=Pf%C3%A4lzer+Landk%C3%BCche&priceMin=10&priceMax=25");
        assertThat(parsed.queryStringWith(Map.of("page", "3"))).endsWith("&page=3");
        assertThat(parsed.filtered()).isTrue();
        assertThat(parse(Map.of("q", "käse", "sort", "price")).filtered()).isFalse();
    }
}
