// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductTypeTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "Imprägnierspray für Schuhe 200 ml | | imprägnierspray",
            "Damen Sneaker Leder schwarz Gr. 39 | | sneaker",
            "Kinderbuch: Der kleine Drache | | kinderbuch",
            "Krimi Taschenbuch: Tod am Stiftsplatz | | krimi taschenbuch",
            "Roman gebunden: Das Erbe am Fluss (Variante 2) | | roman",
            "Schuhcreme dunkelblau 75 ml | | schuhcreme",
            "Kinder Hausschuhe Filz marine Gr. 28 | | hausschuhe",
            "Kinderschuhe Klettverschluss lila Gr. 29 | | kinderschuhe",
            "Turnschuhe Kinder Klettverschluss rot Gr. 30 | | turnschuhe",
            "Sneaker Sport Unisex orange Gr. 46 | | sneaker",
            "Regenjacke Unisex rosé Gr. S | | regenjacke",
            "Herren Jeans Slim Fit schwarz W30/L32 | | jeans slim fit",
            "Smartphone Hülle TPU schwarz | | smartphone hülle",
            "Bio Müsli Beeren 500 g | | müsli beeren",
            "Weingläser 4er-Set Rotwein | | weingläser",
            "Trinkflasche Edelstahl 1 l rot | | trinkflasche",
            "Messerblock 7-teilig Buche | | messerblock",
            "Bausteine Grundset 1000 Teile Natur | | bausteine grundset",
            "Lauterfrisch Zahnpasta sensitiv 75 ml | Lauterfrisch | zahnpasta",
            "Pfälzer Landküche Pesto Walnuss 190 g | Pfälzer Landküche | pesto",
            "Pfälzer Saumagen in der Dose 400 g | Pfälzer Landküche | pfälzer saumagen",
            "Gutshof Erlenbach Kaffee ganze Bohne Crema 500 g | Gutshof Erlenbach | kaffee",
            "iPhone 15 Pro 128 GB | Apple | iphone"})
    void theTypeIsTheNounGroupWithoutAudienceBrandMaterialColourSizeOrPurpose(String title, String brand,
            String type) {
        assertThat(ProductType.of(title, brand == null ? "" : brand)).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Laufschuhe Herren Neutral blau Gr. 44 | schuhe", "Hausschuhe Filz grau Gr. 40 | schuhe",
            "Schuhspanner Zedernholz Gr. 40/41 | spanner"})
    void germanCompoundsKeepTheirHeadAtTheEndSoRulesMatchTheTypesEnd(String title, String head) {
        assertThat(ProductType.of(title, "")).endsWith(head);
    }
}
