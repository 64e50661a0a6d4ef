// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FeedContentTest {

    @Test
    void aGzippedFeedReadsLikeThePlainOne() throws Exception {
        byte[] plain = Feeds.sampleBytes("kasse-windows1252.csv");

        CollectingSink fromPlain = Feeds.parse(new PosCsvParser(), new ByteArrayInputStream(plain), FeedParseOptions.detect());
        CollectingSink fromGzip = Feeds.parse(new PosCsvParser(), new ByteArrayInputStream(gzip(plain)), FeedParseOptions.detect());

        assertThat(fromGzip.lines).isNotEmpty().isEqualTo(fromPlain.lines);
        assertThat(fromGzip.problems).isEqualTo(fromPlain.problems);
    }

    @Test
    void aZippedFeedReadsLikeThePlainOne() throws Exception {
        byte[] plain = Feeds.sampleBytes("bmecat2005-new-catalog.xml");

        CollectingSink fromPlain = Feeds.parse(new BmecatParser(), new ByteArrayInputStream(plain), FeedParseOptions.detect());
        CollectingSink fromZip = Feeds.parse(new BmecatParser(),
                new ByteArrayInputStream(zip(new String[] {"katalog/", "katalog/bmecat.xml"}, new byte[][] {null, plain})),
                FeedParseOptions.detect());

        assertThat(fromZip.lines).isNotEmpty().isEqualTo(fromPlain.lines);
    }

    @Test
    void aTruncatedArchiveIsReportedAsUnreadable() throws IOException {
        byte[] whole = gzip(Feeds.sampleBytes("bmecat2005-new-catalog.xml"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        for (FeedParser parser : new FeedParser[] {new BmecatParser(), new PosCsvParser()}) {
            assertThatThrownBy(() -> Feeds.parse(parser, new ByteArrayInputStream(half), FeedParseOptions.detect()))
                    .isInstanceOf(FeedFormatException.class)
                    .hasMessageStartingWith("The file could not be read: Unexpected end of ZLIB input stream");
        }
    }

    @Test
    void aGzipBombIsRefusedByItsRatio() throws IOException {
        byte[] bomb = gzip(repeated("4006381333931;1;" + "x".repeat(200) + "\n", 16 * 1024 * 1024));

        assertThatThrownBy(() -> Feeds.parse(new PosCsvParser(), new ByteArrayInputStream(prefixedWithHeader(bomb)),
                FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("unpacks to more than 100 times its size");
    }

    @Test
    void aZipBombIsRefusedByItsRatio() throws IOException {
        byte[] bomb = zip(new String[] {"bestand.csv"}, new byte[][] {repeated(" ", 32 * 1024 * 1024)});

        assertThatThrownBy(() -> drain(new FeedContent().open(new ByteArrayInputStream(bomb))))
                .isInstanceOf(FeedReadFailure.class)
                .hasMessageContaining("unpacks to more than 100 times its size");
    }

    @Test
    void theUnpackedSizeHasAHardLimit() throws IOException {
        byte[] noise = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        FeedContent oneMegabyte = new FeedContent(1024 * 1024, 100);

        assertThatThrownBy(() -> drain(oneMegabyte.open(new ByteArrayInputStream(gzip(noise)))))
                .isInstanceOf(FeedReadFailure.class)
                .hasMessageStartingWith("The archive unpacks to more than 1 MB");
    }

    @Test
    void aZipWithTwoFilesIsRefused() throws IOException {
        byte[] two = zip(new String[] {"a.csv", "b.csv"}, new byte[][] {
                "EAN;Bestand\n4006381333931;1\n".getBytes(StandardCharsets.UTF_8),
                "EAN;Bestand\n4012345678901;1\n".getBytes(StandardCharsets.UTF_8)});

        assertThatThrownBy(() -> Feeds.parse(new PosCsvParser(), new ByteArrayInputStream(two), FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("The ZIP archive holds more than one file (a.csv, b.csv). Send one feed per archive.");
    }

    @Test
    void anExcelWorkbookIsRecognised() throws IOException {
        byte[] workbook = zip(new String[] {"[Content_Types].xml", "xl/workbook.xml"}, new byte[][] {
                "<Types/>".getBytes(StandardCharsets.UTF_8), "<workbook/>".getBytes(StandardCharsets.UTF_8)});

        assertThatThrownBy(() -> Feeds.parse(new PosCsvParser(), new ByteArrayInputStream(workbook), FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageStartingWith("This is an Excel workbook, not a feed.");
    }

    @Test
    void plainContentPassesThroughUnchanged() throws FeedFormatException, IOException {
        byte[] plain = "EAN;Bestand\n".getBytes(StandardCharsets.UTF_8);

        assertThat(new FeedContent().open(new ByteArrayInputStream(plain)).readAllBytes()).isEqualTo(plain);
    }

    private static byte[] prefixedWithHeader(byte[] gzippedLines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write("EAN;Bestand;Notiz\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(gzippedLines);
        return out.toByteArray();
    }

    private static byte[] repeated(String text, int totalBytes) {
        byte[] unit = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[totalBytes - totalBytes % unit.length];
        for (int i = 0; i < all.length; i += unit.length) {
            System.arraycopy(unit, 0, all, i, unit.length);
        }
        return all;
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String[] names, byte[][] contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                if (contents[i] != null) {
                    zip.write(contents[i]);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) >= 0) {
            // reading is what is tested
        }
    }
}
