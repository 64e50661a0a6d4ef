// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTitlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Sneaker Classic schwarz Gr. 42|schwarz|42|Sneaker Classic",
        "Sneaker Classic - Schwarz - 42|Schwarz|42|Sneaker Classic",
        "Damen Wollmantel (Camel, Größe 38)|camel|38|Damen Wollmantel",
        "Kapuzenpullover Bio-Baumwolle, Größe M, navy|navy|M|Kapuzenpullover Bio-Baumwolle",
        "Bio Müsli Nuss 750 g|-|750 g|Bio Müsli Nuss",
        "Schwarzwälder Schinken|schwarz|-|Schwarzwälder Schinken",
        "42|-|42|42"})
    void theArticleTitleLeavesOutTheVariantValues(String title, String color, String size, String article) {
        assertThat(ArticleTitles.withoutVariant(title, color, size)).isEqualTo(article);
    }
}
