// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.feed.FeedText.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FeedTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    @Test
    void everyCodeIsWordedInEnglishAndGermanWithTheSameDetails() throws IOException {
        Properties english = wording("FeedTexts.properties");
        Properties german = wording("FeedTexts_de.properties");
        for (Code code : Code.values()) {
            assertThat(english.getProperty(code.name())).as("English wording of " + code).isNotBlank();
            assertThat(german.getProperty(code.name())).as("German wording of " + code).isNotBlank();
            assertThat(placeholders(german.getProperty(code.name()))).as(code.name())
                    .isEqualTo(placeholders(english.getProperty(code.name())));
        }
        assertThat(english.stringPropertyNames()).as("no wording without a code").hasSize(Code.values().length + 1);
        assertThat(german.stringPropertyNames()).hasSize(Code.values().length + 1);
    }

    @Test
    void aGermanMerchantReadsGermanAndTheApiEnglish() {
        FeedText wrongCheckDigit = FeedText.gtinProblem("4006381333932").orElseThrow();
        assertThat(wrongCheckDigit.in(Locale.GERMAN)).isEqualTo("Die Prüfziffer der GTIN ist 2, richtig wäre 1 – bitte die Nummer prüfen");
        assertThat(wrongCheckDigit.english()).isEqualTo("GTIN check digit is 2 but should be 1");
        assertThat(FeedText.gtinProblem("4006381333931")).isEmpty();
        assertThat(FeedText.of(Code.QUANTITY_NEGATIVE).in(Locale.forLanguageTag("de-AT"))).isEqualTo("Der Bestand darf nicht negativ sein");
        assertThat(FeedText.of(Code.QUANTITY_NEGATIVE).in(Locale.FRENCH)).as("other languages read English")
                .isEqualTo("Quantity cannot be negative");
    }

    @Test
    void countsAreWrittenForTheReader() {
        assertThat(FeedText.of(Code.IMPORT_DONE, 1234, 1, 0).in(Locale.GERMAN))
                .isEqualTo("1.234 Zeilen übernommen, 1 unverändert, 0 abgelehnt.");
        assertThat(FeedText.of(Code.IMPORT_DONE_FULL, 1, 0, 2, 1).in(Locale.GERMAN))
                .isEqualTo("1 Zeile übernommen, 0 unverändert, 2 abgelehnt; 1 Angebot, das im vollständigen Feed fehlte, auf 0 gesetzt.");
        assertThat(FeedText.of(Code.IMPORT_DONE, 5, 0, 0).english()).isEqualTo("5 lines applied, 0 unchanged, 0 rejected.");
        assertThat(FeedText.of(Code.IMPORT_SAME_FILE, 12345).in(Locale.GERMAN))
                .as("an import number is a name, not an amount").contains("Import #12345.");
        assertThat(FeedText.of(Code.STORE_CODE_UNKNOWN, "1001").in(Locale.GERMAN)).as("a store code is no amount")
                .isEqualTo("Unbekannter Filialcode; bekannt sind: 1001.");
    }

    @Test
    void aFileThatCannotBeReadSaysWhyAndThatNothingWasApplied() {
        FeedText ended = FeedText.nothingApplied(FeedText.of(Code.QUOTE_NOT_CLOSED, 17));
        assertThat(ended.in(Locale.GERMAN)).isEqualTo("Ein Anführungszeichen aus Zeile 17 wird nie geschlossen. Nichts wurde übernommen.");
        assertThat(ended.english()).isEqualTo("A quotation mark opened in line 17 is never closed. Nothing was applied.");
        FeedText stored = FeedText.stored(ended.code().name(), ended.detailsJson(), ended.english());
        assertThat(stored).isEqualTo(ended);
    }

    @Test
    void aStoredTextComesBackAndOldRecordsAreShownAsWritten() {
        FeedText unknownStore = FeedText.of(Code.STORE_CODE_UNKNOWN, "KL-1, \"KL-2\"");
        assertThat(FeedText.stored("STORE_CODE_UNKNOWN", unknownStore.detailsJson(), "ignored")).isEqualTo(unknownStore);
        assertThat(FeedText.stored(null, null, "Quantity cannot be negative").in(Locale.GERMAN))
                .as("a row from before codes").isEqualTo("Quantity cannot be negative");
        assertThat(FeedText.stored("A_CODE_SINCE_RENAMED", "[]", "Old text").in(Locale.GERMAN)).isEqualTo("Old text");
        assertThat(FeedText.stored("ID_TOO_LONG", "not json", "Product id is longer than 50 characters").english())
                .isEqualTo("Product id is longer than 50 characters");
    }

    @Test
    void aLongDetailIsCutSoThatTheTextFitsItsColumn() {
        FeedText columns = FeedText.of(Code.NO_ID_COLUMN, "Spalte;".repeat(500));
        assertThat((String) columns.details().get(0)).hasSize(FeedText.MAX_DETAIL_CHARS + 1).endsWith("…");
        assertThat(columns.detailsJson().length()).isLessThan(2000);
    }

    private static Properties wording(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FeedText.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
