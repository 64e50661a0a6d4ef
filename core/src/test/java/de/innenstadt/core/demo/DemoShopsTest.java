// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoShopsTest {

    private static final String VALID_ROW = "buchladen-test;Buchladen Test;buecher;Bücher.;Buchladen Test;"
            + "Marktstraße;1;67655;49.4440;7.7690;0631 300000;info@buchladen-test.example.org;"
            + "https://buchladen-test.example.org;Mo-Fr 09:00-18:00; Sa 09:00-14:00";

    private static final Set<String> CITY_CENTRE_STREETS = Set.of(
            "Fackelstraße", "Marktstraße", "Riesenstraße", "Stiftsplatz", "Schillerstraße", "Eisenbahnstraße",
            "Kerststraße", "Pirmasenser Straße", "Mühlstraße", "Schneiderstraße", "Steinstraße", "Kanalstraße",
            "Altenhof", "Fruchthallstraße", "Klosterstraße", "Königstraße");

    private final List<DemoShop> shops = DemoShops.load();

    @Test
    void listsEnoughMerchantsAndStores() {
        assertThat(shops).hasSizeGreaterThanOrEqualTo(34);
        assertThat(shops.stream().map(DemoShop::slug).distinct().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void everyCategoryHasAtLeastTwoMerchants() {
        Map<String, Set<String>> merchantsByCategory = shops.stream()
                .collect(groupingBy(DemoShop::category, mapping(DemoShop::slug, toSet())));

        assertThat(merchantsByCategory.keySet()).containsExactlyInAnyOrderElementsOf(DemoCatalog.CATEGORIES);
        merchantsByCategory.forEach((category, merchants) ->
                assertThat(merchants).as(category).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void storesLieOnCityCentreStreetsOfKaiserslautern() {
        for (DemoShop shop : shops) {
            assertThat(shop.lat()).as(shop.storeName()).isBetween(49.435, 49.452);
            assertThat(shop.lon()).as(shop.storeName()).isBetween(7.755, 7.782);
            assertThat(shop.street()).as(shop.storeName()).isIn(CITY_CENTRE_STREETS);
            assertThat(shop.postalCode()).as(shop.storeName()).isIn("67655", "67657");
            assertThat(shop.houseNumber()).as(shop.storeName()).matches("\\d+[a-z]?");
        }
    }

    @Test
    void twoOrThreeMerchantsHaveTwoStoresAtDifferentAddresses() {
        Map<String, List<DemoShop>> storesBySlug = shops.stream().collect(groupingBy(DemoShop::slug));
        List<List<DemoShop>> chains = storesBySlug.values().stream().filter(stores -> stores.size() > 1).toList();

        assertThat(chains).hasSizeBetween(2, 3);
        for (List<DemoShop> stores : chains) {
            assertThat(stores).hasSize(2);
            assertThat(stores.stream().map(s -> s.street() + " " + s.houseNumber()).distinct()).hasSize(2);
            assertThat(stores.stream().map(DemoShop::merchantName).distinct()).hasSize(1);
        }
    }

    @Test
    void contactDataUsesReservedDomainAndLocalAreaCode() {
        for (DemoShop shop : shops) {
            assertThat(shop.phone()).as(shop.storeName()).matches("0631 3\\d{5}");
            assertThat(shop.email()).isEqualTo("info@" + shop.slug() + ".example.org");
            assertThat(shop.website()).isEqualTo("https://" + shop.slug() + ".example.org");
        }
    }

    @Test
    void openingHoursAreRealistic() {
        for (DemoShop shop : shops) {
            assertThat(shop.openingHours()).as(shop.storeName())
                    .anyMatch(o -> o.day() == DayOfWeek.SATURDAY)
                    .allMatch(o -> !o.opens().isBefore(LocalTime.of(6, 0)) && !o.closes().isAfter(LocalTime.of(20, 0)));
        }
        assertThat(shops).anyMatch(s -> s.openingHours().stream()
                .filter(o -> o.day() == DayOfWeek.MONDAY).count() == 2);
        assertThat(shops).anyMatch(s -> s.storeName().contains("K in Lautern")
                && OpeningHoursSpec.format(s.openingHours()).equals("Mo-Sa 09:30-20:00"));
    }

    @Test
    void parsesOpeningHoursThatContainTheColumnSeparator() throws Exception {
        List<DemoShop> parsed = parse(DemoShops.HEADER + "\n" + VALID_ROW + "\n");

        assertThat(parsed).singleElement().satisfies(shop -> {
            assertThat(shop.slug()).isEqualTo("buchladen-test");
            assertThat(OpeningHoursSpec.format(shop.openingHours())).isEqualTo("Mo-Fr 09:00-18:00; Sa 09:00-14:00");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0  | Buchladen-Test | slug",
        "2  | moebel         | category",
        "7  | 6765           | postal code",
        "8  | 49,4440        | lat",
        "9  | 190.5          | lon",
        "10 | ''             | phone",
        "13 | Mo-Fr 18-9     | 18-9"
    })
    void reportsAMalformedColumnWithTheLineNumber(int column, String value, String expectedReason) {
        assertRejectedOnLine4(withColumns(VALID_ROW, column, value), expectedReason);
    }

    @Test
    void reportsMissingColumnsWithTheLineNumber() {
        assertRejectedOnLine4("buchladen-test;Buchladen Test;buecher", "columns");
    }

    @Test
    void reportsTheSameStoreListedTwice() {
        assertRejectedOnLine4(withColumns(VALID_ROW, 6, "2"), "twice");
    }

    @Test
    void reportsASecondStoreWhoseMerchantDataDiffers() {
        assertRejectedOnLine4(withColumns(VALID_ROW, 1, "Buchladen Toast", 4, "Filiale 2"), "first row");
    }

    @Test
    void rejectsAWrongHeader() {
        assertThatThrownBy(() -> parse("slug;name\n" + VALID_ROW))
                .hasMessageStartingWith("test.csv:1: ");
    }

    private static void assertRejectedOnLine4(String badRow, String expectedReason) {
        String csv = DemoShops.HEADER + "\n" + VALID_ROW + "\n\n" + badRow + "\n";

        assertThatThrownBy(() -> parse(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.csv:4: ")
                .hasMessageContaining(expectedReason);
    }

    /** Replaces columns of a row; arguments alternate between column index and new value. */
    private static String withColumns(String row, Object... indexAndValue) {
        String[] columns = row.split(";", 14);
        for (int i = 0; i < indexAndValue.length; i += 2) {
            columns[(Integer) indexAndValue[i]] = (String) indexAndValue[i + 1];
        }
        return String.join(";", columns);
    }

    private static List<DemoShop> parse(String csv) throws Exception {
        return DemoShops.parse(new BufferedReader(new StringReader(csv)), "test.csv");
    }

    @Test
    void everyDemoShopsHoursSurviveARoundTrip() {
        for (DemoShop shop : DemoShops.load()) {
            assertThat(OpeningHoursSpec.parse(OpeningHoursSpec.format(shop.openingHours())))
                    .as(shop.storeName())
                    .isEqualTo(shop.openingHours());
        }
    }
}
