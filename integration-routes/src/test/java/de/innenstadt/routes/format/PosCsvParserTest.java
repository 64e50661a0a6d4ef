// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedLine.FeedProduct;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.routes.format.CollectingSink.Shown;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PosCsvParserTest {

    private final PosCsvParser parser = new PosCsvParser();

    @Test
    void readsAWindows1252TillExportWithSemicolonsAndDecimalCommas() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "kasse-windows1252.csv");

        assertThat(sink.lines).containsExactly(
                new FeedLine(2, "KL-01", "4006381333931", "10001", 12, Money.euros(199),
                        new FeedProduct("Kugelschreiber Grün", "Stabilo", null, "Schreibwaren", null)),
                new FeedLine(3, "KL-01", "4012345678901", "10002", 0, Money.euros(450),
                        new FeedProduct("Größenmaßband 150 cm", "Prym", null, "Kurzwaren", null)),
                new FeedLine(4, "KL-02", null, "10003", 7, Money.euros(123456),
                        new FeedProduct("Tüte Süßigkeiten (lose)", null, null, "Süßwaren", null)));
        assertThat(sink.problems).containsExactly(
                new Shown(5, "EAN", "4006381333932", "GTIN check digit is 2 but should be 1"),
                new Shown(6, "Bestand", "-2", "Quantity cannot be negative"),
                new Shown(7, "Bestand", "viele", "Quantity is not a number"),
                new Shown(8, "VK-Preis", "1,2x", "Price is not a number"),
                new Shown(10, "EAN", null, "Line has neither a GTIN nor an article number"));
    }

    @Test
    void readsUtf8WithBomAndTabs() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "kasse-utf8-bom-tab.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.lines).containsExactly(
                new FeedLine(2, "1", "4006381333924", "A-100", 3, Money.euros(1299),
                        new FeedProduct("Füller „Classic“", "Pelikan", null, null, null)),
                new FeedLine(3, "1", "9783161484100", "A-101", 1, Money.euros(2490),
                        new FeedProduct("Die Pfalz – Wanderführer", "Pfälzer Verlag", null, null, null)),
                new FeedLine(4, "2", "96385074", "A-102", 10, Money.euros(123450),
                        new FeedProduct("Spülbürste", "Fackelmann", null, null, null)));
    }

    @Test
    void quotedFieldsMayHoldLineBreaksAndLineNumbersStayRight() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "kasse-multiline.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.lines).containsExactly(
                new FeedLine(2, null, "4006381333931", "S-1", 4, Money.euros(1299),
                        new FeedProduct("Notizbuch \"A5\"", null, "Liniert,\n96 Blatt\nmit Lesezeichen", null, null)),
                new FeedLine(5, null, "4012345678901", "S-2", 0, Money.euros(50),
                        new FeedProduct("Radiergummi", null, "Eine Zeile", null, null)),
                new FeedLine(6, null, "4005808262175", "S-3", 2, Money.euros(300),
                        new FeedProduct("Zweizeiliger\nTitel", null, null, null, null)));
    }

    @Test
    void readsExcelsUnicodeTextExport() throws FeedFormatException {
        byte[] text = "EAN\tBezeichnung\tBestand\r\n4006381333931\tKäse\t3\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(text, 0, withBom, 2, text.length);

        CollectingSink sink = Feeds.parse(parser, new ByteArrayInputStream(withBom), FeedParseOptions.detect());

        assertThat(sink.lines).containsExactly(new FeedLine(2, null, "4006381333931", null, 3, null,
                new FeedProduct("Käse", null, null, null, null)));
    }

    @Test
    void theMerchantsColumnMappingOverridesTheDefaults() throws FeedFormatException {
        String csv = "Nummer;Strichcode;Laden;Stück;Betrag\n"
                + "X-1;4006381333931;Mitte;5;3,20\n";
        FeedParseOptions options = new FeedParseOptions(null, null, null,
                Map.of("sku", "Nummer", "storeCode", "Laden", "quantity", "Stück", "price", "Betrag"), null);

        CollectingSink sink = Feeds.parse(parser, Feeds.text(csv), options);

        assertThat(sink.lines).containsExactly(
                new FeedLine(2, "Mitte", "4006381333931", "X-1", 5, Money.euros(320), null));
    }

    @Test
    void aConfiguredSeparatorAndEncodingAreUsed() throws FeedFormatException {
        String csv = "EAN|Bestand|Preis\n4006381333931|1.234|1.234,50\n";
        FeedParseOptions options = new FeedParseOptions('|', StandardCharsets.ISO_8859_1, ',', Map.of(), "EUR");

        CollectingSink sink = Feeds.parse(parser, Feeds.text(csv), options);

        assertThat(sink.lines).containsExactly(
                new FeedLine(2, null, "4006381333931", null, 1234, Money.euros(123450), null));
    }

    @Test
    void excelSeparatorHintAndSpreadsheetNumbersAreUnderstood() throws FeedFormatException {
        String csv = "sep=;\nEAN;Bestand\n=\"4006381333931\";3\n4,00638E+12;2\n";

        CollectingSink sink = Feeds.parse(parser, Feeds.text(csv), FeedParseOptions.detect());

        assertThat(sink.lines).containsExactly(new FeedLine(3, null, "4006381333931", null, 3, null, null));
        assertThat(sink.problems).containsExactly(new Shown(4, "EAN", "4,00638E+12",
                "GTIN was turned into a number by a spreadsheet; format the column as text"));
    }

    @Test
    void refusesEachKindOfBadValueWithItsReason() throws FeedFormatException {
        String csv = "EAN;Artikelnummer;Bestand;Preis;Bild\n"
                + "40063813339;;1;1,00;\n"
                + "4006381333931;;2,5;1,00;\n"
                + "4006381333931;;99999999999;1,00;\n"
                + "4006381333931;;1;-1,00;\n"
                + "4006381333931;;1;1,999;\n"
                + "4006381333931;;1;1,00;bild.jpg\n"
                + "ABC;;1;1,00;\n";

        CollectingSink sink = Feeds.parse(parser, Feeds.text(csv), FeedParseOptions.detect());

        assertThat(sink.lines).isEmpty();
        assertThat(sink.problems).extracting(Shown::lineNumber, Shown::column, Shown::reason)
                .containsExactly(
                        tuple(2L, "EAN", "GTIN must have 8, 12, 13 or 14 digits, not 11"),
                        tuple(3L, "Bestand", "Quantity must be a whole number"),
                        tuple(4L, "Bestand", "Quantity is too large"),
                        tuple(5L, "Preis", "Price cannot be negative"),
                        tuple(6L, "Preis", "Price has more than two decimal places"),
                        tuple(7L, "Bild", "Link must be a web address starting with https://"),
                        tuple(8L, "EAN", "GTIN must have 8, 12, 13 or 14 digits, not 3"));
    }

    @Test
    void aHeaderWithoutIdentifierColumnIsRefused() {
        assertThatThrownBy(() -> Feeds.parse(parser, Feeds.text("Name;Bestand\nStift;3\n"), FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("No column for the GTIN/EAN or the article number")
                .hasMessageContaining("Name, Bestand");
    }

    @Test
    void aMappedColumnMissingFromTheFileIsRefused() {
        FeedParseOptions options = new FeedParseOptions(null, null, null, Map.of("quantity", "Lager"), null);

        assertThatThrownBy(() -> Feeds.parse(parser, Feeds.text("EAN;Bestand\n4006381333931;3\n"), options))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("The column 'Lager' (mapped to quantity) is not in the header line. Columns found: EAN, Bestand.");
    }

    @Test
    void headersAreMatchedIgnoringCaseSpacesAndPunctuation() {
        assertThat(PosCsvParser.normalize("Art.-Nr.")).isEqualTo("artnr");
        assertThat(PosCsvParser.normalize(" VK Preis ")).isEqualTo("vkpreis");
        assertThat(PosCsvParser.normalize("Filial-Nr.")).isEqualTo("filialnr");
    }

    /** A till export of a grocer with a „Füllmenge“ column, German decimals included. */
    @Test
    void readsTheContentColumnOfAGrocersTill() throws FeedFormatException {
        String csv = "EAN;Bezeichnung;Füllmenge;VK;Bestand\n"
                + "4006381333948;Bio Müsli Schoko;750 g;5,99;12\n"
                + "4006381333931;Riesling trocken;0,75 l;8,90;6\n"
                + "4012345678901;Brotkorb;;14,90;2\n"
                + "4001686301524;Ahornsirup;12 oz;9,99;3\n";

        CollectingSink sink = Feeds.parse(parser, Feeds.text(csv), FeedParseOptions.detect());

        assertThat(sink.lines).extracting(line -> line.product().netContent() == null ? null
                : line.product().netContent().canonical()).containsExactly("750 g", "0.75 l", null);
        assertThat(sink.problems).extracting(Shown::column, Shown::value).containsExactly(tuple("Füllmenge", "12 oz"));
    }
}
