// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever arrives instead of a feed ends in a clear message, quickly and in bounded memory. */
class GarbageFeedTest {

    private static final long ONE_GIGABYTE = 1L << 30;

    private final PosCsvParser csv = new PosCsvParser();

    private final BmecatParser bmecat = new BmecatParser();

    private final GoogleLocalInventoryParser googleXml = GoogleLocalInventoryParser.xml();

    @Test
    void anEmptyFileIsRefusedByEveryParser() {
        for (FeedParser parser : new FeedParser[] {csv, GoogleLocalInventoryParser.tsv(), googleXml,
                new GoogleLocalProductsParser(), bmecat}) {
            assertThatThrownBy(() -> Feeds.parse(parser, "garbage/empty.csv"))
                    .as(parser.format().name())
                    .isInstanceOf(FeedFormatException.class)
                    .hasMessage("The file is empty.");
        }
    }

    @Test
    void aCsvWithOnlyAHeaderIsRefused() {
        assertThatThrownBy(() -> Feeds.parse(csv, "garbage/header-only.csv"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("The file has a header line but no data lines.");
    }

    @Test
    void anImageIsRefusedAsWhatItIs() {
        for (FeedParser parser : new FeedParser[] {csv, bmecat, googleXml}) {
            assertThatThrownBy(() -> Feeds.parse(parser, "garbage/picture.png"))
                    .isInstanceOf(FeedFormatException.class)
                    .hasMessageStartingWith("This file is a PNG image, not a feed.");
        }
    }

    @Test
    void randomBytesAreRefusedAsBinary() {
        byte[] noise = new byte[100_000];
        new Random(42).nextBytes(noise);

        assertThatThrownBy(() -> Feeds.parse(csv, new ByteArrayInputStream(noise), FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("This file contains binary data, not text");
    }

    @Test
    void aGigabyteLineFailsAfterAMegabyte() {
        GeneratedInputStream endless = GeneratedInputStream.endless("EAN;Bestand\n", 'a', ONE_GIGABYTE);

        assertThatThrownBy(() -> Feeds.parse(csv, endless, FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("Line 2 is longer than 1,048,576 characters. Either the file has no line breaks or it is not a feed.");
        assertThat(endless.bytesRead()).isLessThan(4L * 1024 * 1024);
    }

    @Test
    void aFileWithoutAnyLineBreakFailsAfterAMegabyte() {
        GeneratedInputStream endless = GeneratedInputStream.endless("", 'x', ONE_GIGABYTE);

        assertThatThrownBy(() -> Feeds.parse(GoogleLocalInventoryParser.tsv(), endless, FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("Line 1 is longer than 1,048,576 characters.");
        assertThat(endless.bytesRead()).isLessThan(4L * 1024 * 1024);
    }

    @Test
    void anUnclosedQuotationMarkIsNamedWithItsLine() {
        assertThatThrownBy(() -> Feeds.parse(csv, "garbage/unclosed-quote.csv"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("A quotation mark opened in line 2 is never closed.");
    }

    @Test
    void anUnclosedQuotationMarkInAHugeFileStopsAtTheRowLimit() {
        GeneratedInputStream lines = new GeneratedInputStream("EAN;Titel\n4006381333931;\"", 10_000_000,
                i -> "eine Zeile ohne Ende\n", "");

        assertThatThrownBy(() -> Feeds.parse(csv, lines, FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("The row starting in line 2 is longer than 1,048,576 characters; probably a quotation mark"
                        + " is not closed.");
        assertThat(lines.bytesRead()).isLessThan(4L * 1024 * 1024);
    }

    @Test
    void aWindows1252ByteAfterTheUtf8SampleNamesItsLine() throws FeedFormatException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("EAN;Bezeichnung;Bestand\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 4000; i++) {
            bytes.writeBytes("4006381333931;Grün;1\n".getBytes(StandardCharsets.UTF_8));
        }
        bytes.writeBytes("4006381333931;Käse;1\n".getBytes(StandardCharsets.ISO_8859_1));
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> csv.parse(new ByteArrayInputStream(bytes.toByteArray()), FeedParseOptions.detect(), sink))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("Line 4002 is not valid UTF-8 (bytes 0xE4), although the file started as UTF-8. Set the"
                        + " file's encoding (for example Windows-1252 or UTF-8) in the feed settings, or export the"
                        + " file as UTF-8.");
        assertThat(sink.lines).hasSize(4000);
    }

    @Test
    void aWindows1252FileReadAsConfiguredUtf8IsRefused() {
        FeedParseOptions utf8 = new FeedParseOptions(null, StandardCharsets.UTF_8, null, null, null);

        assertThatThrownBy(() -> Feeds.parse(csv, Feeds.sample("kasse-windows1252.csv"), utf8))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("Line 2 is not valid UTF-8 (bytes 0xFC). Set the file's encoding");
    }

    @Test
    void anEntityBombIsRefused() {
        assertThatThrownBy(() -> Feeds.parse(googleXml, "garbage/billion-laughs.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("The XML declares its own entities in a DOCTYPE.");
    }

    @Test
    void externalEntitiesAreRefused() {
        assertThatThrownBy(() -> Feeds.parse(bmecat, "garbage/xxe.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("The XML declares its own entities in a DOCTYPE.");
    }

    @Test
    void anExternalDtdIsNeverLoaded() {
        assertThatThrownBy(() -> Feeds.parse(bmecat, "garbage/external-dtd.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("The XML is not well-formed in line 8")
                .hasMessageContaining("undeclared");
    }

    @Test
    void xmlThatIsNotWellFormedNamesTheLine() {
        assertThatThrownBy(() -> Feeds.parse(bmecat, "garbage/not-well-formed.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("The XML is not well-formed in line 6");
    }

    @Test
    void aGigabyteTextNodeFailsAfterAMegabyte() {
        GeneratedInputStream endless = GeneratedInputStream.endless(
                "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>", 'a', ONE_GIGABYTE);

        assertThatThrownBy(() -> Feeds.parse(googleXml, endless, FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("The XML has more than 1,048,576 bytes without any markup; that is not a feed.");
        assertThat(endless.bytesRead()).isLessThan(4L * 1024 * 1024);
    }

    @Test
    void textThatIsNotXmlIsRefusedByTheXmlParsers() {
        assertThatThrownBy(() -> Feeds.parse(bmecat, "kasse-multiline.csv"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("This file is not XML");
    }
}
