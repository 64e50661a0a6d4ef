// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductTypeTest {

    private static final QueryDecompounder DECOMPOUNDER = QueryDecompounder.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Imprägnierspray für Schuhe 200 ml|-|Imprägnierspray",
        "Damen Sneaker Leder schwarz Gr. 39|Sohlenwerk|Sneaker",
        "Laufschuhe Herren Neutral blau Gr. 44|-|Laufschuhe",
        "Trailrunning-Schuhe Herren grün Gr. 42|-|Trailrunning-Schuhe",
        "Weingläser 4er-Set|-|Weingläser",
        "Riesling trocken Kallstadter Saumagen 0,75 l|-|Riesling",
        "Smartphone Hülle Silikon schwarz|-|Hülle",
        "Merle & Moritz Kuscheltier Hase 30 cm|Merle & Moritz|Kuscheltier",
        "Lautertaler Elektrische Zahnbürste mit Ladestation weiß|Lautertaler|Zahnbürste",
        "Bio Müsli Schoko 750 g|-|Müsli",
        "Honig aus dem Pfälzerwald Kastanienhonig 250 g|Pfälzer Genusswerkstatt|Honig",
        "Essig aus der Pfalz Apfel 500 ml|-|Essig",
        "Roman Taschenbuch: Der lange Sommer|-|Roman"})
    void theTypeIsTheNounThatNamesTheProduct(String title, String brand, String type) {
        assertThat(ProductType.of(title, brand, DECOMPOUNDER).type()).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Imprägnierspray für Schuhe 200 ml|spray",
        "Laufschuhe Herren Neutral blau Gr. 44|schuhe",
        "Trailrunning-Schuhe Herren grün Gr. 42|schuhe",
        "Schuhcreme schwarz 75 ml|creme",
        "Sneaker Sport Unisex weiß Gr. 42|sneaker"})
    void theHeadIsTheLastPartOfTheType(String title, String head) {
        assertThat(ProductType.of(title, null, DECOMPOUNDER).head()).isEqualTo(head);
    }
}
